package org.compactdpa.portal.versions;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Outcome;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.TemplatesClient.VersionComment;
import org.compactdpa.portal.clients.Version;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One version of a standard agreement, clause by clause, with its comment period: member districts
 * and verified vendors comment per clause, coordinators reply and resolve.
 */
@Path("/templates/{id}/versions/{v}")
@Tag(name = "Template pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class VersionPages {

    private final TemplatesClient templates;
    private final Viewer viewer;
    private final Template versionPage;

    public VersionPages(@RestClient TemplatesClient templates, Viewer viewer, Template versionPage) {
        this.templates = templates;
        this.viewer = viewer;
        this.versionPage = versionPage;
    }

    @GET
    @PermitAll
    @Operation(summary = "The version's clauses and, during the comment period, the comments on each")
    public TemplateInstance page(@PathParam("id") UUID id, @PathParam("v") int version, @QueryParam("done") String done) {
        return page(id, version, done, null);
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Comment on a clause, or reply to a comment")
    public Object comment(@PathParam("id") UUID id, @PathParam("v") int version, MultivaluedMap<String, String> form) {
        VersionComment comment = new VersionComment(Forms.text(form, "clauseKey"), Forms.text(form, "text"),
                Forms.text(form, "replyTo"));
        return act(id, version, "commented", templates.comment(id, version, comment));
    }

    @POST
    @Path("/comments/{commentId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Mark a comment resolved (coordinators)")
    public Object resolve(@PathParam("id") UUID id, @PathParam("v") int version, @PathParam("commentId") UUID comment) {
        return act(id, version, "resolved", templates.resolveComment(id, version, comment, Map.of()));
    }

    private Object act(UUID id, int version, String done, Uni<Void> call) {
        viewer.require(viewer.isSignedIn(), "comment on standard agreements");
        return Submission.of(call, "/templates/" + id + "/versions/" + version + "?done=" + done,
                e -> page(id, version, null, e));
    }

    private TemplateInstance page(UUID id, int version, String done, ServiceProblem problem) {
        return Answers.await(Uni.combine().all().unis(templates.template(id), templates.version(id, version))
                        .withUni((t, v) -> commentsOn(id, v).map(comments -> versionPage.data("t", t).data("v", v)
                                .data("comments", comments))))
                .data("done", done).data("problem", problem);
    }

    /** Comments are for the consortium's members and verified vendors; others read the clauses alone. */
    private Uni<List<Map<String, Object>>> commentsOn(UUID id, Version v) {
        if (!v.is("COMMENT_PERIOD") && !v.is("PUBLISHED")) {
            return Uni.createFrom().item(List.of());
        }
        return Outcome.of(templates.comments(id, v.version()))
                .map(comments -> comments.refused() ? List.<Map<String, Object>>of() : comments.value());
    }
}
