package org.compactdpa.portal.obligations;

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
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.ObligationsClient;
import org.compactdpa.portal.clients.ObligationsClient.Delivery;
import org.compactdpa.portal.clients.ObligationsClient.Message;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One breach notice: the vendor delivers it with the content the terms require, the district
 * acknowledges it once delivered, and both write in its thread; coordinators read.
 */
@Path("/breach-notices")
@Tag(name = "Obligation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class BreachNoticePages {

    /** The thread as one page: a notice's questions and answers are few. */
    static final int THREAD_SIZE = 100;

    private final ObligationsClient obligations;
    private final Viewer viewer;
    private final Template breachNotice;

    public BreachNoticePages(@RestClient ObligationsClient obligations, Viewer viewer, Template breachNotice) {
        this.obligations = obligations;
        this.viewer = viewer;
        this.breachNotice = breachNotice;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One breach notice: its deadline and status, what was delivered, the thread")
    public TemplateInstance one(@PathParam("id") UUID id, @QueryParam("done") String done) {
        viewer.require(viewer.isObligationsParty(), IncidentPages.WHAT);
        return page(id, done, Map.of(), null);
    }

    @POST
    @Path("/{id}/delivery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "Deliver the notice to its district: what happened, the data, the students, remediation, contact")
    public Object deliver(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorMember(), "deliver a breach notice");
        Delivery delivery = new Delivery(Forms.text(form, "whatHappened"), Forms.text(form, "dataAffected"),
                Forms.text(form, "studentsAffected"), Forms.text(form, "remediation"), Forms.text(form, "contact"));
        return Submission.of(obligations.deliver(id, delivery), path(id, "delivered"), e -> page(id, null, Typed.of(form), e));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "The district acknowledges the notice it was delivered")
    public Object acknowledge(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isDistrictMember(), "acknowledge a breach notice");
        return Submission.of(obligations.acknowledge(id, Map.of()), path(id, "acknowledged"), e -> page(id, null, Map.of(), e));
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN})
    @Operation(summary = "Ask or answer in the notice's thread")
    public Object post(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorMember() || viewer.isDistrictMember(), "write in a breach notice's thread");
        return Submission.of(obligations.post(id, new Message(Forms.text(form, "text"))), path(id, "posted"),
                e -> page(id, null, Typed.of(form), e));
    }

    private static String path(UUID id, String done) {
        return "/breach-notices/" + id + "?done=" + done;
    }

    private TemplateInstance page(UUID id, String done, Map<String, Object> typed, ServiceProblem problem) {
        return Answers.await(Uni.combine().all().unis(obligations.notice(id), obligations.messages(id, 0, THREAD_SIZE))
                .with((notice, messages) -> {
                    String organisation = String.valueOf(viewer.getOrganisationId());
                    boolean vendor = viewer.isVendorMember() && organisation.equals(String.valueOf(notice.get("vendorId")));
                    boolean district = viewer.isDistrictMember() && organisation.equals(String.valueOf(notice.get("districtId")));
                    return breachNotice.data("n", notice).data("content", NoticeContent.of(notice.get("content")))
                            .data("messages", messages.items()).data("vendor", vendor).data("district", district)
                            .data("form", typed).data("done", done).data("problem", problem);
                }));
    }
}
