package org.compactdpa.portal.obligations;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.compactdpa.portal.clients.Agreement;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ObligationsClient;
import org.compactdpa.portal.clients.ObligationsClient.Attestation;
import org.compactdpa.portal.clients.ObligationsClient.DispositionRequest;
import org.compactdpa.portal.clients.ObligationsClient.Dispute;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The return or destruction of a district's data (Exhibit D): the requests by status, a district asking
 * under one of its agreements, a vendor signer attesting bound to the request's SHA-256, and the
 * district accepting or disputing the attestation.
 */
@Path("/dispositions")
@Tag(name = "Obligation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DispositionPages {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("OFFERED", "REQUESTED", "ATTESTED", "ACCEPTED", "DISPUTED");
    static final String WHAT = "see requests to return or destroy data";

    private final ObligationsClient obligations;
    private final SignaturesClient signatures;
    private final Viewer viewer;
    private final Template dispositions;
    private final Template dispositionNew;
    private final Template disposition;

    public DispositionPages(@RestClient ObligationsClient obligations, @RestClient SignaturesClient signatures,
            Viewer viewer, Template dispositions, Template dispositionNew, Template disposition) {
        this.obligations = obligations;
        this.signatures = signatures;
        this.viewer = viewer;
        this.dispositions = dispositions;
        this.dispositionNew = dispositionNew;
        this.disposition = disposition;
    }

    @GET
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Requests to return or destroy data that you may see, by status")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Page<Map<String, Object>> results = Answers.await(obligations.dispositions(chosen, Math.max(page, 0), PAGE_SIZE));
        return dispositions.data("results", results).data("status", chosen).data("statuses", STATUSES)
                .data("paging", Paging.of(results, "/dispositions", "status", chosen));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The form to ask for the return or destruction of data under one of the district's agreements")
    public TemplateInstance form(@QueryParam("agreementId") String agreementId) {
        viewer.require(viewer.isDistrictMember(), "ask for the return or destruction of data");
        return form(agreement(agreementId), Map.of("productIds", List.of()), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Ask for the return or destruction of the data; its deadline starts now")
    public Object request(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "ask for the return or destruction of data");
        UUID agreement = agreement(Forms.text(form, "agreementId"));
        DispositionRequest request = new DispositionRequest(agreement, Forms.text(form, "action"),
                Forms.all(form, "productIds").stream().map(Forms::id).distinct().toList(), Forms.text(form, "returnFormat"),
                Forms.text(form, "note"));
        return Submission.of(() -> Answers.await(obligations.request(request)),
                created -> "/dispositions/" + created.id() + "?done=requested",
                e -> form(agreement, Typed.of(form, "productIds"), e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One request: its deadline, its SHA-256, the attestation, and what each party may do")
    public TemplateInstance one(@PathParam("id") UUID id, @QueryParam("done") String done) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        return page(id, done, Map.of(), null);
    }

    @POST
    @Path("/{id}/attestation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.VENDOR_SIGNER)
    @Operation(summary = "A vendor signer attests the return or destruction, with intent and consent, bound to the request's SHA-256")
    public Object attest(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorSigner(), "attest the return or destruction of data");
        return Submission.of(() -> Answers.await(obligations.attest(id, new Attestation(Forms.text(form, "method"),
                        When.day(Forms.text(form, "completedOn"), "completedOn"), Forms.text(form, "disposed"),
                        Forms.text(form, "exceptions"), Forms.ticked(form, "intent"), Forms.ticked(form, "consent"),
                        Forms.text(form, "requestSha256")))),
                answer -> "/dispositions/" + id + "?done=attested", e -> page(id, null, Typed.of(form), e));
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district accepts the vendor's attestation")
    public Object accept(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "accept an attestation");
        return Submission.of(obligations.acceptDisposition(id, Map.of()), "/dispositions/" + id + "?done=accepted",
                e -> page(id, null, Map.of(), e));
    }

    @POST
    @Path("/{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district disputes the attestation, saying why")
    public Object dispute(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "dispute an attestation");
        return Submission.of(obligations.dispute(id, new Dispute(Forms.text(form, "reason"))),
                "/dispositions/" + id + "?done=disputed", e -> page(id, null, Typed.of(form), e));
    }

    /** The agreement the form is for: the page put it in the address or the form, so one that is not an id is a 400. */
    private static UUID agreement(String agreementId) {
        UUID agreement = Forms.id(agreementId);
        if (agreement == null) {
            throw new PageException(400, "Which agreement?", "Open this form from one of your agreements.");
        }
        return agreement;
    }

    private TemplateInstance form(UUID agreementId, Map<String, Object> typed, ServiceProblem problem) {
        Agreement agreement = Answers.await(signatures.agreement(agreementId));
        return dispositionNew.data("a", agreement).data("form", typed).data("problem", problem);
    }

    private TemplateInstance page(UUID id, String done, Map<String, Object> typed, ServiceProblem problem) {
        Map<String, Object> found = Answers.await(obligations.disposition(id));
        String organisation = String.valueOf(viewer.getOrganisationId());
        boolean district = viewer.isDistrictMember() && organisation.equals(String.valueOf(found.get("districtId")));
        boolean signer = viewer.isVendorSigner() && organisation.equals(String.valueOf(found.get("vendorId")));
        return disposition.data("d", found).data("district", district).data("signer", signer).data("form", typed)
                .data("done", done).data("problem", problem);
    }
}
