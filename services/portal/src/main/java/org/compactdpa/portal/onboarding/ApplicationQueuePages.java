package org.compactdpa.portal.onboarding;

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
import java.util.Objects;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.AccountsClient;
import org.compactdpa.portal.clients.AccountsClient.Refusal;
import org.compactdpa.portal.clients.AccountsClient.Verification;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.VendorApplication;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.PageException;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Companies that registered themselves, for coordinators and platform administrators: the queue by
 * status, and one application with the checklist it is verified against (the company's identity,
 * the signer's authority, the breach contact, each ticked, and a note saying how) or the refusal with
 * its reason. Verifying marks the vendor verified in the vendors service, by event.
 */
@Path("/coordinator/vendor-applications")
@Tag(name = "Coordinator pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ApplicationQueuePages {

    static final int PAGE_SIZE = 20;
    /** Confirmed applications wait for a decision: what the queue shows unless asked otherwise. */
    static final String WAITING = "CONFIRMED";
    /** The filter's value for every status. */
    static final String ANY = "ALL";
    static final List<String> STATUSES = List.of("CONFIRMED", "SUBMITTED", "VERIFIED", "REFUSED");

    private final AccountsClient accounts;
    private final Viewer viewer;
    private final Template vendorApplications;
    private final Template vendorApplication;

    public ApplicationQueuePages(@RestClient AccountsClient accounts, Viewer viewer, Template vendorApplications,
            Template vendorApplication) {
        this.accounts = accounts;
        this.viewer = viewer;
        this.vendorApplications = vendorApplications;
        this.vendorApplication = vendorApplication;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Vendor applications, oldest first: those waiting for verification unless another status is chosen")
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        requireReviewer();
        String chosen = status != null && (STATUSES.contains(status) || ANY.equals(status)) ? status : WAITING;
        Page<VendorApplication> results = Answers.await(accounts.applications(ANY.equals(chosen) ? null : chosen,
                Math.max(page, 0), PAGE_SIZE));
        return vendorApplications.data("results", results).data("status", chosen).data("statuses", STATUSES)
                .data("paging", Paging.of(results, "/coordinator/vendor-applications", "status", chosen));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One application: who applied, its status, and the checklist or the refusal form")
    public TemplateInstance application(@PathParam("id") UUID id, @QueryParam("done") String done) {
        requireReviewer();
        return page(id, done, Map.of(), null);
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Verify the vendor against the checklist: every item ticked, and a note on how")
    public Object verify(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        requireReviewer();
        Verification verification = new Verification(Forms.ticked(form, "companyIdentity"),
                Forms.ticked(form, "signerAuthority"), Forms.ticked(form, "breachContact"), Forms.text(form, "note"));
        return Submission.of(accounts.verify(id, verification), "/coordinator/vendor-applications/" + id + "?done=verified",
                e -> page(id, null, Map.of("note", Objects.toString(Forms.text(form, "note"), "")), e));
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Refuse the application, with a reason")
    public Object refuse(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        requireReviewer();
        return Submission.of(accounts.refuse(id, new Refusal(Forms.text(form, "reason"))),
                "/coordinator/vendor-applications/" + id + "?done=refused",
                e -> page(id, null, Map.of("reason", Objects.toString(Forms.text(form, "reason"), "")), e));
    }

    private TemplateInstance page(UUID id, String done, Map<String, Object> form, ServiceProblem problem) {
        return vendorApplication.data("a", Answers.await(accounts.application(id))).data("form", form)
                .data("done", done).data("problem", problem);
    }

    /** A coordinator must act for a consortium; a platform administrator for nobody in particular. */
    private void requireReviewer() {
        if (!viewer.isApplicationReviewer()) {
            throw new PageException(403, "Not available to your account",
                    "Only coordinators and platform administrators decide vendor applications.");
        }
    }
}
