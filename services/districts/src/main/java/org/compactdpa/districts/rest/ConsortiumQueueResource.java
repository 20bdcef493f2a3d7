package org.compactdpa.districts.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.districts.rest.api.AppRequestResolution;
import org.compactdpa.districts.rest.api.AppRequestView;
import org.compactdpa.districts.rest.api.NewAppRequest;
import org.compactdpa.districts.service.AppRequestService;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinators' queue of app requests from member districts. */
@Path("/api/consortia/{id}/app-requests")
@Tag(name = "App requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsortiumQueueResource {

    private final AppRequestService requests;

    public ConsortiumQueueResource(AppRequestService requests) {
        this.requests = requests;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The coordinators' queue: open requests of member districts, oldest first (open=false for all)")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "A coordinator of another consortium")
    public Uni<Page<AppRequestView>> queue(@PathParam("id") UUID consortiumId,
            @QueryParam("open") @DefaultValue("true") boolean openOnly, @Valid @BeanParam PageRequest page) {
        return requests.queue(consortiumId, openOnly, page);
    }
}
