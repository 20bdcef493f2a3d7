package org.compactdpa.templates.rest;

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
import org.compactdpa.templates.domain.ClauseDiff;
import org.compactdpa.templates.domain.TemplateVersion;
import org.compactdpa.templates.domain.VersionComment;
import org.compactdpa.templates.domain.VersionStatus;
import org.compactdpa.templates.rest.api.ContentInput;
import org.compactdpa.templates.rest.api.NewComment;
import org.compactdpa.templates.rest.api.TermsView;
import org.compactdpa.templates.rest.api.VersionView;
import org.compactdpa.templates.service.CommentService;
import org.compactdpa.templates.service.ContentCodec;
import org.compactdpa.templates.service.TemplateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/templates/{id}/versions")
@Tag(name = "Template versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final TemplateService templates;
    private final CommentService comments;
    private final ContentCodec codec;

    public VersionResource(TemplateService templates, CommentService comments, ContentCodec codec) {
        this.templates = templates;
        this.comments = comments;
        this.codec = codec;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a DRAFT version: clauses, parameters, laws, general offer allowed")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "400", description = "Invalid content, e.g. a duplicate clause key")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such template")
    public Uni<Response> add(@PathParam("id") UUID templateId,
            @Valid @NotNull(message = "a JSON body is required") ContentInput input) {
        String content = codec.write(codec.fromInput(input));
        return templates.addVersion(templateId, content).map(v -> Response
                .created(URI.create("/api/templates/" + templateId + "/versions/" + v.number)).entity(view(v)).build());
    }

    @PUT
    @Path("/{v}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace a DRAFT version's content")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Not a draft any more")
    public Uni<VersionView> update(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @Valid @NotNull(message = "a JSON body is required") ContentInput input) {
        return templates.updateDraft(templateId, number, codec.write(codec.fromInput(input))).map(this::view);
    }

    @GET
    @PermitAll
    @Operation(summary = "The template's versions, oldest first, without their content (drafts for their coordinators only)")
    @APIResponse(responseCode = "200", description = "Number, status, content hash and dates of each version")
    @APIResponse(responseCode = "404", description = "No such template")
    public Uni<List<VersionView>> list(@PathParam("id") UUID templateId) {
        return templates.versions(templateId).map(all -> all.stream()
                .map(v -> new VersionView(v.id, v.templateId, v.number, v.status, null, v.contentHash, v.publishedAt,
                        v.updatedAt)).toList());
    }

    @GET
    @Path("/{v}")
    @PermitAll
    @Operation(summary = "One version (drafts for their coordinators, comment periods for commenters, published for all)")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "403", description = "Not yet public")
    @APIResponse(responseCode = "404", description = "No such version")
    public Uni<VersionView> get(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return templates.read(templateId, number).map(l -> view(l.version()));
    }

    @POST
    @Path("/{v}/comment-period")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open the comment period of a draft")
    @APIResponse(responseCode = "200", description = "The version, now in COMMENT_PERIOD")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Uni<VersionView> commentPeriod(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return transition(templateId, number, VersionStatus.COMMENT_PERIOD);
    }

    @POST
    @Path("/{v}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish: the version becomes immutable, with the SHA-256 of its canonical form")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Already published, superseded or retired")
    public Uni<VersionView> publish(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return transition(templateId, number, VersionStatus.PUBLISHED);
    }

    @POST
    @Path("/{v}/retire")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Retire a published version")
    @APIResponse(responseCode = "200", description = "The retired version")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Not published")
    public Uni<VersionView> retire(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return transition(templateId, number, VersionStatus.RETIRED);
    }

    @GET
    @Path("/{a}/diff/{b}")
    @PermitAll
    @Operation(summary = "Clause-level diff from version a to version b, with word-level changes")
    @APIResponse(responseCode = "200", description = "Added, removed and changed clauses")
    @APIResponse(responseCode = "403", description = "A version is not yet public")
    @APIResponse(responseCode = "404", description = "No such version")
    public Uni<ClauseDiff> diff(@PathParam("id") UUID templateId, @PathParam("a") int a, @PathParam("b") int b) {
        return templates.diff(templateId, a, b);
    }

    @POST
    @Path("/{v}/comments")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Comment on a clause during the comment period (or reply with replyTo)")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Not in its comment period")
    @APIResponse(responseCode = "422", description = "Unknown clause or comment replied to")
    public Uni<Response> comment(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @Valid @NotNull(message = "a JSON body is required") NewComment input) {
        return comments.add(templateId, number, input).map(c -> Response.status(201).entity(c).build());
    }

    @GET
    @Path("/{v}/comments")
    @PermitAll
    @Operation(summary = "The comments on a version, oldest first")
    @APIResponse(responseCode = "200", description = "The comments")
    @APIResponse(responseCode = "403", description = "Not visible to you")
    @APIResponse(responseCode = "404", description = "No such version")
    public Uni<List<VersionComment>> comments(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return comments.list(templateId, number);
    }

    @POST
    @Path("/{v}/comments/{commentId}/resolve")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Mark a comment resolved")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such comment on this version of this template")
    @APIResponse(responseCode = "409", description = "Already resolved")
    public Uni<VersionComment> resolve(@PathParam("id") UUID templateId, @PathParam("v") int number,
            @PathParam("commentId") UUID commentId) {
        return comments.resolve(templateId, number, commentId);
    }

    @POST
    @Path("/{v}/terms")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Issue a STANDARD terms package straight from the published version")
    @APIResponse(responseCode = "201", description = "The frozen terms")
    @APIResponse(responseCode = "403", description = "Another consortium's coordinator")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is not PUBLISHED")
    public Uni<Response> issueTerms(@PathParam("id") UUID templateId, @PathParam("v") int number) {
        return templates.issueStandardTerms(templateId, number).map(p -> Response.created(URI.create("/api/terms/" + p.id)).entity(TermsResource.view(p, codec)).build());
    }

    private Uni<VersionView> transition(UUID templateId, int number, VersionStatus next) {
        return templates.transition(templateId, number, next).map(this::view);
    }

    private VersionView view(TemplateVersion v) {
        return new VersionView(v.id, v.templateId, v.number, v.status, codec.read(v.content), v.contentHash,
                v.publishedAt, v.updatedAt);
    }
}
