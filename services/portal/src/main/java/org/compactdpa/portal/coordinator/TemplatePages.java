package org.compactdpa.portal.coordinator;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A coordinator's view of one template: its versions, their lifecycle steps, and the diff between two. */
@Path("/coordinator/templates/{id}")
@Tag(name = "Coordinator pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class TemplatePages {

    private static final Set<String> VERSION_STEPS = Set.of("comment-period", "publish", "retire");

    private final TemplatesClient templates;
    private final Viewer viewer;
    private final Template templatePage;

    public TemplatePages(@RestClient TemplatesClient templates, Viewer viewer, Template templatePage) {
        this.templates = templates;
        this.viewer = viewer;
        this.templatePage = templatePage;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "A template's versions, their lifecycle steps, and the clause diff between two versions")
    public TemplateInstance template(@PathParam("id") UUID id, @QueryParam("a") Integer a, @QueryParam("b") Integer b,
            @QueryParam("done") String done) {
        return page(id, a, b, done, null);
    }

    @POST
    @Path("/versions/{v}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open the comment period, publish or retire a version")
    public Object step(@PathParam("id") UUID id, @PathParam("v") int version, @PathParam("step") String step) {
        viewer.require(viewer.isCoordinator(), "change template versions");
        if (!VERSION_STEPS.contains(step)) {
            throw new PageException(404, "No such step", "A version can go to comment-period, publish or retire.");
        }
        return Submission.of(templates.step(id, version, step, Map.of()), "/coordinator/templates/" + id + "?done=" + step,
                e -> page(id, null, null, null, e));
    }

    /** The template, its versions and (when two are chosen) their diff, asked for together. */
    private TemplateInstance page(UUID id, Integer a, Integer b, String done, ServiceProblem problem) {
        viewer.require(viewer.isCoordinator(), "manage templates");
        Uni<Optional<Map<String, Object>>> diff = a != null && b != null ? templates.diff(id, a, b).map(Optional::ofNullable)
                : Uni.createFrom().item(Optional.empty());
        return Answers.await(Uni.combine().all().unis(templates.template(id), templates.versions(id), diff)
                        .with((t, versions, changes) -> templatePage.data("t", t).data("versions", versions)
                                .data("diff", changes.orElse(null))))
                .data("a", a).data("b", b).data("done", done).data("problem", problem);
    }
}
