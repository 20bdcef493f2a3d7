package org.compactdpa.templates.comments;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/templates/{id}/versions/{v}/comments")
@Tag(name = "Template versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    private final CommentService comments;

    public CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Comment on a clause during the comment period (or reply with replyTo)")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "403", description = "Neither a coordinator of the consortium, a person of a member district,"
            + " nor a person of a verified vendor")
    @APIResponse(responseCode = "409", description = "Not in its comment period")
    @APIResponse(responseCode = "422", description = "Unknown clause or comment replied to")
    public Uni<Response> comment(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @Valid @NotNull(message = "a JSON body is required") NewComment input) {
        return comments.add(templateId, number, input).map(c -> Response.status(201).entity(c).build());
    }

    @GET
    @PermitAll
    @Operation(summary = "The comments on a version, oldest first")
    @APIResponse(responseCode = "200", description = "The comments")
    @APIResponse(responseCode = "403", description = "Not visible to you")
    public Uni<List<CommentView>> list(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return comments.list(templateId, number);
    }

    @POST
    @Path("/{commentId}/resolve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Mark a comment resolved")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "404", description = "No such comment on this version of this template")
    @APIResponse(responseCode = "409", description = "Already resolved")
    public Uni<CommentView> resolve(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @PathParam("commentId") UUID commentId) {
        return comments.resolve(templateId, number, commentId);
    }
}
