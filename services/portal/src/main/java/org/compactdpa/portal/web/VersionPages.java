package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.TEMPLATES;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One version of a standard agreement, clause by clause, with its comment period: member districts
 * and verified vendors comment per clause, coordinators reply and resolve.
 */
@Path("/templates/{id}/versions/{v}")
@Tag(name = "Template pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class VersionPages {

    private final Backend backend;
    private final Viewer viewer;
    private final Template versionPage;

    public VersionPages(Backend backend, Viewer viewer, Template versionPage) {
        this.backend = backend;
        this.viewer = viewer;
        this.versionPage = versionPage;
    }

    @GET
    @Operation(summary = "The version's clauses and, during the comment period, the comments on each")
    public TemplateInstance page(@PathParam("id") UUID id, @PathParam("v") int version, @QueryParam("done") String done) {
        return page(id, version, done, null);
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Comment on a clause, or reply to a comment")
    public Object comment(@PathParam("id") UUID id, @PathParam("v") int version, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clauseKey", Forms.text(form, "clauseKey"));
        body.put("text", Forms.text(form, "text"));
        body.put("replyTo", Forms.text(form, "replyTo"));
        return act(id, version, "commented",
                () -> backend.post(TEMPLATES, "/api/templates/" + id + "/versions/" + version + "/comments", body));
    }

    @POST
    @Path("/comments/{commentId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Mark a comment resolved (coordinators)")
    public Object resolve(@PathParam("id") UUID id, @PathParam("v") int version, @PathParam("commentId") UUID comment) {
        return act(id, version, "resolved", () -> backend.post(TEMPLATES,
                "/api/templates/" + id + "/versions/" + version + "/comments/" + comment + "/resolve", Map.of()));
    }

    private Object act(UUID id, int version, String done, Supplier<Map<String, Object>> call) {
        viewer.require(viewer.isSignedIn(), "comment on standard agreements");
        return Submission.of(call, "/templates/" + id + "/versions/" + version + "?done=" + done, e -> page(id, version, null, e));
    }

    private TemplateInstance page(UUID id, int version, String done, BackendException problem) {
        Map<String, Object> t = backend.get(TEMPLATES, "/api/templates/" + id);
        Map<String, Object> v = backend.get(TEMPLATES, "/api/templates/" + id + "/versions/" + version);
        List<Map<String, Object>> comments = List.of();
        if ("COMMENT_PERIOD".equals(v.get("status")) || "PUBLISHED".equals(v.get("status"))) {
            try {
                comments = backend.list(TEMPLATES, "/api/templates/" + id + "/versions/" + version + "/comments");
            } catch (BackendException e) {
                if (!e.isClientError()) {
                    throw e;
                }
                // Comments are for the consortium's members and verified vendors; others read the clauses.
            }
        }
        return versionPage.data("t", t).data("v", v).data("comments", comments).data("done", done)
                .data("problem", problem);
    }
}
