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
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ObligationsClient;
import org.compactdpa.portal.clients.ObligationsClient.AuditNotice;
import org.compactdpa.portal.clients.ObligationsClient.Dates;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Audits: a district gives notice (never sooner than the terms' business days allow; the service names
 * the earliest start), the vendor confirms the dates or proposes others, the district accepts them and
 * records the outcome, which closes the audit.
 */
@Path("/audits")
@Tag(name = "Obligation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AuditPages {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("NOTICED", "RESCHEDULE_PROPOSED", "CONFIRMED", "CLOSED");
    static final String WHAT = "see audits";
    static final String NOTICE = "give notice of an audit";

    private final ObligationsClient obligations;
    private final Viewer viewer;
    private final Template audits;
    private final Template auditNew;
    private final Template audit;

    public AuditPages(@RestClient ObligationsClient obligations, Viewer viewer, Template audits, Template auditNew,
            Template audit) {
        this.obligations = obligations;
        this.viewer = viewer;
        this.audits = audits;
        this.auditNew = auditNew;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Audits you may see, by status")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Page<Map<String, Object>> results = Answers.await(obligations.audits(chosen, Math.max(page, 0), PAGE_SIZE));
        return audits.data("results", results).data("status", chosen).data("statuses", STATUSES)
                .data("paging", Paging.of(results, "/audits", "status", chosen));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The form to give notice of an audit under one of the district's agreements")
    public TemplateInstance form(@QueryParam("agreementId") String agreementId) {
        viewer.require(viewer.isDistrictMember(), NOTICE);
        return auditNew.data("agreementId", agreement(agreementId)).data("form", Map.of()).data("problem", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Give notice of an audit; dates before the earliest start are refused with that date")
    public Object notice(MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), NOTICE);
        UUID agreement = agreement(Forms.text(form, "agreementId"));
        return Submission.of(() -> Answers.await(obligations.notice(new AuditNotice(agreement, Forms.text(form, "scope"),
                        When.day(Forms.text(form, "proposedStart"), "proposedStart"),
                        When.day(Forms.text(form, "proposedEnd"), "proposedEnd")))),
                created -> "/audits/" + created.id() + "?done=noticed",
                e -> auditNew.data("agreementId", agreement).data("form", Typed.of(form)).data("problem", e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One audit: scope, dates, the earliest start, and what each party may do next")
    public TemplateInstance one(@PathParam("id") UUID id, @QueryParam("done") String done) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        return page(id, done, Map.of(), null);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "The vendor confirms the district's dates")
    public Object confirm(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorMember(), "confirm an audit");
        return Submission.of(obligations.confirm(id, Map.of()), path(id, "confirmed"), e -> page(id, null, Map.of(), e));
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "The vendor proposes other dates, never before the earliest start")
    public Object reschedule(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorMember(), "propose audit dates");
        return Submission.of(() -> Answers.await(obligations.reschedule(id, new Dates(When.day(Forms.text(form, "start"), "start"),
                        When.day(Forms.text(form, "end"), "end")))),
                answer -> path(id, "proposed"), e -> page(id, null, Typed.of(form), e));
    }

    @POST
    @Path("/{id}/dates-accepted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district takes the dates the vendor proposed")
    public Object acceptDates(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "accept audit dates");
        return Submission.of(obligations.acceptDates(id, Map.of()), path(id, "dates-accepted"), e -> page(id, null, Map.of(), e));
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Record the findings and remediation items, which closes the audit")
    public Object close(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "record an audit's outcome");
        return Submission.of(() -> Answers.await(obligations.close(id, OutcomeForm.read(form))),
                answer -> path(id, "closed"), e -> page(id, null, Typed.of(form), e));
    }

    private static String path(UUID id, String done) {
        return "/audits/" + id + "?done=" + done;
    }

    private static UUID agreement(String agreementId) {
        UUID agreement = Forms.id(agreementId);
        if (agreement == null) {
            throw new PageException(400, "Which agreement?", "Open this form from one of your agreements.");
        }
        return agreement;
    }

    private TemplateInstance page(UUID id, String done, Map<String, Object> typed, ServiceProblem problem) {
        Map<String, Object> found = Answers.await(obligations.audit(id));
        String organisation = String.valueOf(viewer.getOrganisationId());
        boolean district = viewer.isDistrictMember() && organisation.equals(String.valueOf(found.get("districtId")));
        boolean vendor = viewer.isVendorMember() && organisation.equals(String.valueOf(found.get("vendorId")));
        return audit.data("a", found).data("district", district).data("vendor", vendor).data("rows", OutcomeForm.rows(typed))
                .data("form", typed).data("done", done).data("problem", problem);
    }
}
