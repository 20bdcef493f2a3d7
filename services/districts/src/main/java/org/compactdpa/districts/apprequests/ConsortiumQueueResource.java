package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinators' queue of app requests from member districts. */
@Path("/api/consortia/{id}/app-requests")
@Tag(name = "App requests")
@Produces(MediaType.APPLICATION_JSON)
public class ConsortiumQueueResource {

    private final AppRequestQueries queries;

    public ConsortiumQueueResource(AppRequestQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The coordinators' queue: member districts' requests waiting for them (QUEUED or"
            + " NEGOTIATION_STARTED), oldest first; open=false for every request of the member districts")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "403", description = "A coordinator of another consortium (whether or not it exists)")
    @APIResponse(responseCode = "404", description = "No such consortium (field consortiumId)")
    public Uni<Page<AppRequestView>> queue(@PathParam("id") UUID consortiumId,
            @QueryParam("open") @DefaultValue("true") boolean openOnly, @Valid @BeanParam PageRequest page) {
        return queries.queue(consortiumId, openOnly, page);
    }
}
