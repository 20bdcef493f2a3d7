package org.compactdpa.templates.templates;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/templates/{id}/versions")
@Tag(name = "Template versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final VersionService versions;
    private final VersionLifecycle lifecycle;

    public VersionResource(VersionService versions, VersionLifecycle lifecycle) {
        this.versions = versions;
        this.lifecycle = lifecycle;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a DRAFT version: clauses, parameters, laws, general offer allowed")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "400", description = "Invalid content, e.g. a duplicate clause key or a clause text over 20000 characters")
    public Uni<Response> add(@PathParam("id") UUID templateId,
            @Valid @NotNull(message = "a JSON body is required") ContentInput input) {
        return versions.add(templateId, input).map(v -> Response
                .created(URI.create("/api/templates/" + templateId + "/versions/" + v.version())).entity(v).build());
    }

    @PUT
    @Path("/{v}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace a DRAFT version's content")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "400", description = "Invalid content, e.g. a duplicate clause key or a clause text over 20000 characters")
    @APIResponse(responseCode = "409", description = "Not a draft any more")
    public Uni<VersionView> update(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @Valid @NotNull(message = "a JSON body is required") ContentInput input) {
        return versions.updateDraft(templateId, number, input);
    }

    @GET
    @PermitAll
    @Operation(summary = "The template's versions, oldest first, without their content (drafts for their coordinators only)")
    @APIResponse(responseCode = "200", description = "Number, status, content hash and dates of each version")
    public Uni<List<VersionView>> list(@PathParam("id") UUID templateId) {
        return versions.list(templateId);
    }

    @GET
    @Path("/{v}")
    @PermitAll
    @Operation(summary = "One version (drafts for their coordinators, comment periods for commenters, published for all)")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "403", description = "Not yet public")
    public Uni<VersionView> get(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return versions.get(templateId, number);
    }

    @POST
    @Path("/{v}/comment-period")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open the comment period of a draft")
    @APIResponse(responseCode = "200", description = "The version, now in COMMENT_PERIOD")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Uni<VersionView> commentPeriod(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return lifecycle.openCommentPeriod(templateId, number);
    }

    @POST
    @Path("/{v}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish: the version becomes immutable, with the SHA-256 of its canonical form")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "409", description = "Already published, superseded or retired")
    public Uni<VersionView> publish(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return lifecycle.publish(templateId, number);
    }

    @POST
    @Path("/{v}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Retire a published or superseded version")
    @APIResponse(responseCode = "200", description = "The retired version")
    @APIResponse(responseCode = "409", description = "Neither published nor superseded")
    public Uni<VersionView> retire(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return lifecycle.retire(templateId, number);
    }

    @GET
    @Path("/{a}/diff/{b}")
    @PermitAll
    @Operation(summary = "Clause-level diff from version a to version b, with word-level changes")
    @APIResponse(responseCode = "200", description = "Added, removed and changed clauses")
    @APIResponse(responseCode = "403", description = "A version is not yet public")
    public Uni<ClauseDiff> diff(@PathParam("id") UUID templateId, @PathParam("a") int a, @PathParam("b") int b) {
        return versions.diff(templateId, a, b);
    }
}
