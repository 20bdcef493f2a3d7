package org.compactdpa.portal.signing;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Agreement;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Outcome;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.SignaturesClient.Decline;
import org.compactdpa.portal.clients.SignaturesClient.Signature;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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

    private final SignaturesClient signatures;
    private final Viewer viewer;
    private final Template review;
    private final Template adopt;

    public SigningPages(@RestClient SignaturesClient signatures, Viewer viewer, Template review, Template adopt) {
        this.signatures = signatures;
        this.viewer = viewer;
        this.review = review;
        this.adopt = adopt;
    }

    @GET
    @Path("/agreements/{id}/review")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.COORDINATOR})
    @Operation(summary = "The exact document, its hash, the signatures so far, and the signing form when it is your turn")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return reviewPage(id, done, null);
    }

    @POST
    @Path("/agreements/{id}/sign")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign with intent and consent to electronic records, for the hash shown")
    public Object sign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(signatures.sign(id, signature(form)), "/agreements/" + id + "/review?done=signed",
                e -> reviewPage(id, null, e));
    }

    @POST
    @Path("/agreements/{id}/decline")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Decline to sign, with a reason the other party reads")
    public Object decline(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(signatures.decline(id, new Decline(Forms.text(form, "reason"))),
                "/agreements/" + id + "/review?done=declined", e -> reviewPage(id, null, e));
    }

    /** What a signature sends: the two ticked boxes and the hash of the text that was on screen. */
    private static Signature signature(MultivaluedMap<String, String> form) {
        return new Signature(Forms.ticked(form, "intent"), Forms.ticked(form, "consent"),
                Objects.toString(Forms.text(form, "documentSha256"), ""));
    }

    @GET
    @Path("/agreements/{id}/document.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.COORDINATOR,
            Roles.PLATFORM_ADMIN})
    @Operation(summary = "The sealed PDF of an executed agreement, for its parties")
    public Response pdf(@PathParam("id") UUID id) {
        byte[] pdf = Answers.await(signatures.sealedPdf(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/offers/{id}/adopt")
    @RolesAllowed(Roles.DISTRICT_SIGNER)
    @Operation(summary = "What adopting this general offer means, Exhibit E for your district, and the one signature")
    public TemplateInstance adoptPage(@PathParam("id") UUID id) {
        return adoptPage(id, null);
    }

    @POST
    @Path("/offers/{id}/adopt")
    @RolesAllowed(Roles.DISTRICT_SIGNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adopt the offer by signing Exhibit E")
    public Object adopt(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return Submission.of(signatures.adopt(id, signature(form)),
                adoption -> "/agreements/" + adoption.id() + "/review?done=adopted", e -> adoptPage(id, e));
    }

    /**
     * The agreement and its document are asked for together; the trail and its check wait for the
     * document, because reading it is itself an entry the person should see.
     */
    private TemplateInstance reviewPage(UUID id, String done, ServiceProblem problem) {
        viewer.require(viewer.isVendor() || viewer.isDistrict() || viewer.isCoordinator(), "review agreements");
        Uni<TemplateInstance> page = Uni.combine().all().unis(signatures.agreement(id), signatures.document(id)
                        .flatMap(document -> Uni.combine().all()
                                .unis(signatures.evidence(id), signatures.checkEvidence(id))
                                .with((trail, check) -> new Reading(document, trail, check))))
                .with((a, read) -> review.data("a", a).data("document", read.document()).data("trail", read.trail())
                        .data("check", read.check()).data("turn", turn(a)));
        return Answers.await(page).data("done", done).data("problem", problem);
    }

    /** The document as it was read, and the evidence trail that reading is part of. */
    private record Reading(Map<String, Object> document, Map<String, Object> trail, Map<String, Object> check) {
    }

    /** Which party may sign now, if it is the viewer's: "VENDOR", "DISTRICT" or null. */
    private String turn(Agreement a) {
        UUID me = viewer.getOrganisationId();
        if (!viewer.isSigner() || me == null) {
            return null;
        }
        if ("AWAITING_VENDOR".equals(a.status()) && viewer.isVendor() && me.equals(a.vendorId())) {
            return "VENDOR";
        }
        if ("AWAITING_DISTRICT".equals(a.status()) && viewer.isDistrict() && me.equals(a.districtId())) {
            return "DISTRICT";
        }
        return null;
    }

    /** Without Exhibit E (not in scope, already adopted) the page still shows the offer and says why. */
    private TemplateInstance adoptPage(UUID id, ServiceProblem problem) {
        viewer.require(viewer.isDistrict() && viewer.isSigner(), "adopt general offers (district signers only)");
        return Answers.await(Uni.combine().all().unis(signatures.publicRecord(id), Outcome.of(signatures.exhibitE(id)))
                .with((offer, exhibit) -> adopt.data("offer", offer).data("exhibit", exhibit.value())
                        .data("problem", exhibit.refused() ? exhibit.refusal() : problem)));
    }
}
