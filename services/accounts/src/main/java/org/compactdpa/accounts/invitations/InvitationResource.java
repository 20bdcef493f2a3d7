package org.compactdpa.accounts.invitations;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations/{organisationId}/invitations")
@Tag(name = "Invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.PLATFORM_ADMIN})
public class InvitationResource {

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Operation(summary = "Invite someone to act for the organisation with roles the caller may grant")
    @APIResponse(responseCode = "201", description = "Invited; the link is mailed")
    @APIResponse(responseCode = "403", description = "Not an administrator of the organisation, or a role the caller may not grant")
    @APIResponse(responseCode = "409", description = "The address has an invitation whose link still works")
    @APIResponse(responseCode = "503", description = "The mail could not be sent; nothing was saved")
    public Uni<Response> invite(@PathParam("organisationId") UUID organisationId,
            @Valid @NotNull(message = "a JSON body is required") InvitationInput input) {
        return invitations.invite(organisationId, input).map(i -> Response.created(
                URI.create("/api/organisations/" + organisationId + "/invitations/" + i.id())).entity(i).build());
    }

    @GET
    @Operation(summary = "The organisation's invitations, newest first, optionally with one status")
    @APIResponse(responseCode = "200", description = "A page of invitations")
    public Uni<Page<InvitationView>> list(@PathParam("organisationId") UUID organisationId,
            @QueryParam("status") InvitationStatus status, @Valid @BeanParam PageRequest page) {
        return invitations.list(organisationId, status, page);
    }

    @POST
    @Path("/{invitationId}/resend")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send the invitation again with a new link; the old link stops working")
    @APIResponse(responseCode = "200", description = "Sent again")
    @APIResponse(responseCode = "409", description = "Accepted or revoked already")
    public Uni<InvitationView> resend(@PathParam("organisationId") UUID organisationId,
            @PathParam("invitationId") UUID invitationId) {
        return invitations.resend(organisationId, invitationId);
    }

    @DELETE
    @Path("/{invitationId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke the invitation; its link stops working")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Accepted or revoked already")
    public Uni<InvitationView> revoke(@PathParam("organisationId") UUID organisationId,
            @PathParam("invitationId") UUID invitationId) {
        return invitations.revoke(organisationId, invitationId);
    }
}
