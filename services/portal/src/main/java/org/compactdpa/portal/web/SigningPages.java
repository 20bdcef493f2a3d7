package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;

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
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reviewing the exact document and signing it, or adopting a general offer with one signature on
 * Exhibit E. The page shows the SHA-256 of what is on screen and sends it back with the signature,
 * so the service refuses a signature on text that changed in between.
 */
@Path("/")
@Tag(name = "Signing pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SigningPages {

    private final Backend backend;
    private final Viewer viewer;
    private final Template review;
    private final Template adopt;

    public SigningPages(Backend backend, Viewer viewer, Template review, Template adopt) {
        this.backend = backend;
        this.viewer = viewer;
        this.review = review;
        this.adopt = adopt;
    }

    @GET
    @Path("/agreements/{id}/review")
    @Operation(summary = "The exact document, its hash, the signatures so far, and the signing form when it is your turn")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return reviewPage(id, done, null);
    }

    @POST
    @Path("/agreements/{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign with intent and consent to electronic records, for the hash shown")
    public Object sign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(() -> backend.post(SIGNATURES, "/api/agreements/" + id + "/signatures", signature(form)),
                "/agreements/" + id + "/review?done=signed", e -> reviewPage(id, null, e));
    }

    @POST
    @Path("/agreements/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Decline to sign, with a reason the other party reads")
    public Object decline(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(() -> backend.post(SIGNATURES, "/api/agreements/" + id + "/decline",
                        Collections.singletonMap("reason", Forms.text(form, "reason"))),
                "/agreements/" + id + "/review?done=declined", e -> reviewPage(id, null, e));
    }

    /** What a signature sends: the two ticked boxes and the hash of the text that was on screen. */
    private static Map<String, Object> signature(MultivaluedMap<String, String> form) {
        return Map.of("intent", Forms.ticked(form, "intent"),
                "consentToElectronicRecords", Forms.ticked(form, "consent"),
                "documentSha256", Objects.toString(Forms.text(form, "documentSha256"), ""));
    }

    @GET
    @Path("/agreements/{id}/document.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The sealed PDF of an executed agreement, for its parties")
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = backend.bytes(SIGNATURES, "/api/agreements/" + id + "/document.pdf");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/offers/{id}/adopt")
    @Operation(summary = "What adopting this general offer means, Exhibit E for your district, and the one signature")
    public TemplateInstance adoptPage(@PathParam("id") UUID id) {
        return adoptPage(id, null);
    }

    @POST
    @Path("/offers/{id}/adopt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adopt the offer by signing Exhibit E")
    public Object adopt(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(() -> backend.post(SIGNATURES, "/api/offers/" + id + "/adoptions", signature(form)),
                adoption -> "/agreements/" + adoption.get("id") + "/review?done=adopted", e -> adoptPage(id, e));
    }

    private TemplateInstance reviewPage(UUID id, String done, BackendException problem) {
        viewer.require(viewer.isVendor() || viewer.isDistrict() || viewer.isCoordinator(), "review agreements");
        Map<String, Object> a = backend.get(SIGNATURES, "/api/agreements/" + id);
        Map<String, Object> document = backend.get(SIGNATURES, "/api/agreements/" + id + "/document");
        Map<String, Object> trail = backend.get(SIGNATURES, "/api/agreements/" + id + "/evidence");
        Map<String, Object> check = backend.get(SIGNATURES, "/api/agreements/" + id + "/evidence/verify");
        return review.data("a", a).data("document", document).data("trail", trail).data("check", check).data("turn", turn(a)).data("done", done)
                .data("problem", problem);
    }

    /** Which party may sign now, if it is the viewer's: "VENDOR", "DISTRICT" or null. */
    private String turn(Map<String, Object> a) {
        Object status = a.get("status");
        String me = String.valueOf(viewer.getOrganisationId());
        if (!viewer.isSigner()) {
            return null;
        }
        if ("AWAITING_VENDOR".equals(status) && viewer.isVendor() && me.equals(String.valueOf(a.get("vendorId")))) {
            return "VENDOR";
        }
        if ("AWAITING_DISTRICT".equals(status) && viewer.isDistrict() && me.equals(String.valueOf(a.get("districtId")))) {
            return "DISTRICT";
        }
        return null;
    }

    private TemplateInstance adoptPage(UUID id, BackendException problem) {
        viewer.require(viewer.isDistrict() && viewer.isSigner(), "adopt general offers (district signers only)");
        Map<String, Object> offer = backend.get(SIGNATURES, "/api/registry/agreements/" + id);
        Map<String, Object> exhibit = null;
        BackendException refusal = problem;
        try {
            exhibit = backend.get(SIGNATURES, "/api/offers/" + id + "/exhibit-e");
        } catch (BackendException e) {
            if (!e.isClientError()) {
                throw e;
            }
            refusal = e;
        }
        return adopt.data("offer", offer).data("exhibit", exhibit).data("problem", refusal);
    }
}
