package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.DISTRICTS;
import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;
import static org.compactdpa.portal.backend.Backend.Service.TEMPLATES;
import static org.compactdpa.portal.backend.Backend.Service.VENDORS;

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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A coordinator's work for their consortium: member districts, templates and their versions with
 * diffs and lifecycle steps, negotiations, the app-request queue, and preparing agreements.
 */
@Path("/coordinator")
@Tag(name = "Coordinator pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class CoordinatorPages {

    private static final Set<String> VERSION_STEPS = Set.of("comment-period", "publish", "retire");
    /** How long preparing an agreement waits for the signatures service to learn of new terms. */
    private static final long TERMS_WAIT_MILLIS = 15_000;

    private final Backend backend;
    private final Viewer viewer;
    private final Template coordinatorHome;
    private final Template templatePage;
    private final PublishedVersions publishedVersions;

    public CoordinatorPages(Backend backend, Viewer viewer, Template coordinatorHome, Template templatePage,
            PublishedVersions publishedVersions) {
        this.backend = backend;
        this.publishedVersions = publishedVersions;
        this.viewer = viewer;
        this.coordinatorHome = coordinatorHome;
        this.templatePage = templatePage;
    }

    @GET
    @Operation(summary = "Members, templates, negotiations, the app-request queue, and preparing an agreement")
    public TemplateInstance home(@QueryParam("done") String done) {
        return home(done, null);
    }

    @POST
    @Path("/app-requests/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answer a district's app request")
    public Object resolve(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isCoordinator(), "answer app requests");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", Forms.text(form, "outcome"));
        body.put("note", Forms.text(form, "note"));
        return act("resolved", () -> backend.post(DISTRICTS, "/api/app-requests/" + id + "/resolve", body));
    }

    @POST
    @Path("/vendors/{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Verify a registered vendor, so agreements can be offered to it")
    public Object verify(@PathParam("id") UUID vendor) {
        viewer.require(viewer.isCoordinator(), "verify vendors");
        return act("verified", () -> backend.post(VENDORS, "/api/vendors/" + vendor + "/verify", Map.of()));
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a registered district to the consortium")
    public Object addMember(MultivaluedMap<String, String> form) {
        UUID consortium = viewer.require(viewer.isCoordinator(), "add member districts");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("districtId", Forms.text(form, "districtId"));
        return act("member-added", () -> backend.post(DISTRICTS, "/api/consortia/" + consortium + "/members", body));
    }

    private Object act(String done, Supplier<Map<String, Object>> call) {
        return Submission.of(call, "/coordinator?done=" + done, e -> home(null, e));
    }

    @POST
    @Path("/agreements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Prepare an agreement from a published version's standard terms, for the vendor to sign first")
    public Object prepare(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isCoordinator(), "prepare agreements");
        return Submission.of(() -> {
            String[] version = publishedVersion(Forms.text(form, "version"));
            Map<String, Object> terms = backend.post(TEMPLATES,
                    "/api/templates/" + version[0] + "/versions/" + version[1] + "/terms", Map.of());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("termsId", terms.get("id"));
            body.put("districtId", Forms.text(form, "districtId"));
            body.put("productIds", Forms.all(form, "productIds"));
            body.put("generalOffer", Forms.ticked(form, "generalOffer"));
            return createOnceTermsAreKnown(body);
        }, agreement -> "/agreements/" + agreement.get("id") + "/review", e -> home(null, e));
    }

    /** The form's choice "templateId/version", checked, as its two parts. */
    private static String[] publishedVersion(String choice) {
        if (choice == null || !choice.matches("[0-9a-fA-F-]{36}/[0-9]{1,6}")) {
            throw new BackendException(400, "Choose the terms", "Pick a published template version.",
                    List.of(Map.of("field", "version", "message", "must name a published version")));
        }
        return choice.split("/", 2);
    }

    /**
     * New terms reach the signatures service by event, a moment after the templates service issued
     * them; until then it answers 422 naming termsId. Waits a little (a few event hops) rather than
     * failing the coordinator's form; any other refusal is shown at once.
     */
    private Map<String, Object> createOnceTermsAreKnown(Map<String, Object> body) {
        long deadline = System.currentTimeMillis() + TERMS_WAIT_MILLIS;
        while (true) {
            try {
                return backend.post(SIGNATURES, "/api/agreements", body);
            } catch (BackendException e) {
                boolean termsNotYetKnown = e.status() == 422
                        && e.fields().stream().anyMatch(f -> "termsId".equals(f.get("field")));
                if (!termsNotYetKnown || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(503, "Interrupted", "The portal is shutting down; please try again.", null);
        }
    }

    @GET
    @Path("/templates/{id}")
    @Operation(summary = "A template's versions, their lifecycle steps, and the clause diff between two versions")
    public TemplateInstance template(@PathParam("id") UUID id, @QueryParam("a") Integer a, @QueryParam("b") Integer b,
            @QueryParam("done") String done) {
        return templatePage(id, a, b, done, null);
    }

    @POST
    @Path("/templates/{id}/versions/{v}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Open the comment period, publish or retire a version")
    public Object step(@PathParam("id") UUID id, @PathParam("v") int version, @PathParam("step") String step) {
        viewer.require(viewer.isCoordinator(), "change template versions");
        if (!VERSION_STEPS.contains(step)) {
            throw new PageException(404, "No such step", "A version can go to comment-period, publish or retire.");
        }
        return Submission.of(() -> backend.post(TEMPLATES, "/api/templates/" + id + "/versions/" + version + "/" + step,
                Map.of()), "/coordinator/templates/" + id + "?done=" + step, e -> templatePage(id, null, null, null, e));
    }

    private TemplateInstance templatePage(UUID id, Integer a, Integer b, String done, BackendException problem) {
        viewer.require(viewer.isCoordinator(), "manage templates");
        Map<String, Object> t = backend.get(TEMPLATES, "/api/templates/" + id);
        Map<String, Object> versions = Map.of("items", backend.list(TEMPLATES, "/api/templates/" + id + "/versions"));
        Map<String, Object> diff = null;
        if (a != null && b != null) {
            diff = backend.get(TEMPLATES, "/api/templates/" + id + "/versions/" + a + "/diff/" + b);
        }
        return templatePage.data("t", t).data("versions", versions).data("diff", diff).data("a", a).data("b", b)
                .data("done", done).data("problem", problem);
    }

    private TemplateInstance home(String done, BackendException problem) {
        UUID consortium = viewer.require(viewer.isCoordinator(), "coordinate a consortium");
        Map<String, Object> c = backend.get(DISTRICTS, "/api/consortia/" + consortium);
        Map<String, Object> members = backend.get(DISTRICTS, "/api/consortia/" + consortium + "/members", "size", 200);
        Map<String, Object> queue = backend.get(DISTRICTS, "/api/consortia/" + consortium + "/app-requests",
                "open", "true", "size", 100);
        Map<String, Object> templates = backend.get(TEMPLATES, "/api/templates", "consortiumId", consortium, "size", 50);
        List<Map<String, Object>> published = publishedVersions.choices(consortium);
        Map<String, Object> negotiations = backend.get(TEMPLATES, "/api/negotiations", "size", 50);
        Map<String, Object> products = backend.get(VENDORS, "/api/products", "size", 200);
        Map<String, Object> vendors = backend.get(VENDORS, "/api/vendors", "size", 200);
        List<Map<String, Object>> candidates = new java.util.ArrayList<>();
        for (Object state : (List<?>) c.getOrDefault("states", List.of())) {
            for (Object d : (List<?>) backend.get(DISTRICTS, "/api/districts", "state", state, "size", 200)
                    .getOrDefault("items", List.of())) {
                Map<String, Object> district = castMap(d);
                boolean member = ((List<?>) members.getOrDefault("items", List.of())).stream()
                        .anyMatch(m -> String.valueOf(castMap(m).get("districtId")).equals(String.valueOf(district.get("id"))));
                if (!member) {
                    candidates.add(district);
                }
            }
        }
        return coordinatorHome.data("c", c).data("members", members).data("queue", queue).data("templates", templates)
                .data("published", published).data("negotiations", negotiations).data("products", products)
                .data("vendors", vendors).data("candidates", candidates).data("done", done).data("problem", problem);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
