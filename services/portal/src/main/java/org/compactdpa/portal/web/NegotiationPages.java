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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Negotiating one agreement between a consortium's coordinators and a vendor: proposals per clause
 * with their rationale, the other side's accept, reject or counter, comments, the redline against
 * the standard, and each side's final agreement.
 */
@Path("/negotiations")
@Tag(name = "Negotiation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class NegotiationPages {

    private static final Set<String> DECISIONS = Set.of("accept", "reject");

    private final Backend backend;
    private final Viewer viewer;
    private final Template negotiation;

    public NegotiationPages(Backend backend, Viewer viewer, Template negotiation) {
        this.backend = backend;
        this.viewer = viewer;
        this.negotiation = negotiation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Open a negotiation on a published version for the vendor's products")
    public Response open(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "open negotiations");
        Map<String, Object> body = new LinkedHashMap<>();
        String[] source = String.valueOf(Forms.text(form, "version")).split("/", 2);
        body.put("templateId", source[0]);
        body.put("version", source.length > 1 ? source[1] : null);
        body.put("vendorId", viewer.isVendor() ? viewer.getOrganisationId() : Forms.text(form, "vendorId"));
        body.put("productIds", Forms.all(form, "productIds"));
        Map<String, Object> opened = backend.post(TEMPLATES, "/api/negotiations", body);
        return Response.seeOther(URI.create("/negotiations/" + opened.get("id"))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The negotiation: proposals, comments, redline and what you can do next")
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, null);
    }

    @POST
    @Path("/{id}/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Propose a change to a clause")
    public Object propose(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clauseKey", Forms.text(form, "clauseKey"));
        body.put("kind", Forms.text(form, "kind"));
        body.put("title", Forms.text(form, "title"));
        body.put("text", Forms.text(form, "text"));
        body.put("rationale", Forms.text(form, "rationale"));
        return act(id, "proposed", () -> backend.post(TEMPLATES, "/api/negotiations/" + id + "/proposals", body));
    }

    @POST
    @Path("/{id}/proposals/{pid}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Accept or reject the other side's proposal")
    public Object decide(@PathParam("id") UUID id, @PathParam("pid") UUID proposal, @PathParam("decision") String decision) {
        if (!DECISIONS.contains(decision)) {
            throw new PageException(404, "No such decision", "A proposal is accepted, rejected or countered.");
        }
        return act(id, decision + "ed", () -> backend.post(TEMPLATES,
                "/api/negotiations/" + id + "/proposals/" + proposal + "/" + decision, Map.of()));
    }

    @POST
    @Path("/{id}/proposals/{pid}/counter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answer a proposal with different text")
    public Object counter(@PathParam("id") UUID id, @PathParam("pid") UUID proposal, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", Forms.text(form, "text"));
        body.put("rationale", Forms.text(form, "rationale"));
        return act(id, "countered", () -> backend.post(TEMPLATES,
                "/api/negotiations/" + id + "/proposals/" + proposal + "/counter", body));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Say something in the negotiation's thread")
    public Object comment(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", Forms.text(form, "text"));
        body.put("proposalId", Forms.text(form, "proposalId"));
        return act(id, "commented", () -> backend.post(TEMPLATES, "/api/negotiations/" + id + "/comments", body));
    }

    @POST
    @Path("/{id}/agree")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Agree to the terms as they stand; when both sides have, they freeze")
    public Object agree(@PathParam("id") UUID id) {
        return act(id, "agreed", () -> backend.post(TEMPLATES, "/api/negotiations/" + id + "/agree", Map.of()));
    }

    private Object act(UUID id, String done, Supplier<Map<String, Object>> call) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "negotiate");
        return Submission.of(call, "/negotiations/" + id + "?done=" + done, e -> page(id, null, e));
    }

    private TemplateInstance page(UUID id, String done, BackendException problem) {
        viewer.require(viewer.isVendor() || viewer.isCoordinator(), "negotiate");
        Map<String, Object> record = backend.get(TEMPLATES, "/api/negotiations/" + id);
        Map<String, Object> redline = backend.get(TEMPLATES, "/api/negotiations/" + id + "/redline");
        String side = viewer.isCoordinator() ? "CONSORTIUM" : "VENDOR";
        return negotiation.data("n", record.get("negotiation")).data("proposals", record.get("proposals"))
                .data("comments", record.get("comments")).data("redline", redline).data("side", side)
                .data("done", done).data("problem", problem);
    }
}
