package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One app request: read it, or resolve it as a coordinator. */
@Path("/api/app-requests")
@Tag(name = "App requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppRequestResource {

    private final AppRequestService requests;
    private final AppRequestQueries queries;

    public AppRequestResource(AppRequestService requests, AppRequestQueries queries) {
        this.requests = requests;
        this.queries = queries;
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One app request with its history")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "403", description = "Not your district's request")
    public Uni<AppRequestView> get(@PathParam("requestId") UUID requestId) {
        return queries.find(requestId);
    }

    @POST
    @Path("/{requestId}/resolve")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Resolve a request (coordinators of the district's consortia, platform admins):"
            + " NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED, with a note")
    @APIResponse(responseCode = "200", description = "The request with its new status")
    @APIResponse(responseCode = "400", description = "Not an outcome a coordinator may choose")
    @APIResponse(responseCode = "403", description = "Not a coordinator of a consortium the district is in")
    @APIResponse(responseCode = "409", description = "The request's status does not allow it")
    public Uni<AppRequestView> resolve(@PathParam("requestId") UUID requestId,
            @Valid @NotNull(message = "a JSON body is required") AppRequestResolution resolution) {
        return requests.resolve(requestId, resolution.outcome(), resolution.note());
    }
}
