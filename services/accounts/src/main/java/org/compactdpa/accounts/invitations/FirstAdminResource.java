package org.compactdpa.accounts.invitations;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Under /api/organisations with the rest of this service's organisation paths, so that an ingress
// routing by path prefix sends it here and not to the districts service.
@Path("/api/organisations/{districtId}/first-admin")
@Tag(name = "Invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FirstAdminResource {

    private final InvitationService invitations;

    public FirstAdminResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Invite the first administrator of a district of the caller's consortium, once the"
            + " districts service has announced it")
    @APIResponse(responseCode = "201", description = "Invited; the link is mailed")
    @APIResponse(responseCode = "403", description = "The district is not a member of the caller's consortium")
    @APIResponse(responseCode = "404", description = "No such district is known (yet) here")
    public Uni<Response> invite(@PathParam("districtId") UUID districtId,
            @Valid @NotNull(message = "a JSON body is required") FirstAdminInput input) {
        return invitations.inviteFirstDistrictAdmin(districtId, input).map(i -> Response.created(
                URI.create("/api/organisations/" + districtId + "/invitations/" + i.id())).entity(i).build());
    }
}
