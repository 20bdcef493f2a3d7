package org.compactdpa.portal.obligations;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
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
import org.compactdpa.portal.clients.ObligationsClient.IncidentUpdate;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Breach incidents: the vendor's own, those with a notice to the viewer's district, or the consortium's;
 * filing one (the vendor's people), one incident with the notices it owes, and the vendor's updates.
 * One notice with its delivery and thread is {@link BreachNoticePages}.
 */
@Path("/incidents")
@Tag(name = "Obligation pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class IncidentPages {

    static final int PAGE_SIZE = 20;
    static final String WHAT = "see breach incidents";
    static final String FILE = "file a breach incident";
    static final List<String> STAGES = List.of("UPDATE", "CONTAINED", "ROOT_CAUSE", "CLOSED");

    private final ObligationsClient obligations;
    private final VendorsClient vendors;
    private final SignaturesClient signatures;
    private final Viewer viewer;
    private final Template incidents;
    private final Template incidentNew;
    private final Template incident;

    public IncidentPages(@RestClient ObligationsClient obligations, @RestClient VendorsClient vendors,
            @RestClient SignaturesClient signatures, Viewer viewer, Template incidents, Template incidentNew,
            Template incident) {
        this.obligations = obligations;
        this.vendors = vendors;
        this.signatures = signatures;
        this.viewer = viewer;
        this.incidents = incidents;
        this.incidentNew = incidentNew;
        this.incident = incident;
    }

    @GET
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Breach incidents you may see, with the notices they owe")
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        Page<Map<String, Object>> results = Answers.await(obligations.incidents(Math.max(page, 0), PAGE_SIZE));
        return incidents.data("results", results).data("paging", Paging.of(results, "/incidents"));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "The form to file a breach incident: when, what, which products, data and districts")
    public TemplateInstance form() {
        UUID vendor = viewer.require(viewer.isVendorMember(), FILE);
        return form(vendor, Map.of("productIds", List.of(), "dataElements", List.of(), "districtIds", List.of()), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "File a breach incident; the next page shows each notice owed with its deadline")
    public Object file(MultivaluedMap<String, String> form) {
        UUID vendor = viewer.require(viewer.isVendorMember(), FILE);
        return Submission.of(() -> Answers.await(obligations.file(IncidentForm.read(form))),
                created -> "/incidents/" + created.id() + "?done=filed",
                e -> form(vendor, Typed.of(form, "productIds", "dataElements", "districtIds"), e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF,
            Roles.DISTRICT_SIGNER, Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One incident, the notices it owes with their deadlines, and the vendor's updates")
    public TemplateInstance one(@PathParam("id") UUID id, @QueryParam("done") String done) {
        viewer.require(viewer.isObligationsParty(), WHAT);
        return page(id, done, Map.of(), null);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN})
    @Operation(summary = "Post the vendor's update on an incident: news, contained, root cause, closed")
    public Object update(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        viewer.require(viewer.isVendorMember(), "post updates on an incident");
        IncidentUpdate update = new IncidentUpdate(Forms.text(form, "stage"), Forms.text(form, "text"));
        return Submission.of(obligations.update(id, update), "/incidents/" + id + "?done=updated",
                e -> page(id, null, Typed.of(form), e));
    }

    private TemplateInstance form(UUID vendor, Map<String, Object> typed, ServiceProblem problem) {
        return Answers.await(Uni.combine().all().unis(vendors.products(vendor, 200), signatures.agreementsOfVendor(vendor, 200))
                .with((products, agreements) -> incidentNew.data("products", products.items())
                        .data("districts", DistrictChoice.of(agreements)).data("form", typed).data("problem", problem)));
    }

    private TemplateInstance page(UUID id, String done, Map<String, Object> typed, ServiceProblem problem) {
        Map<String, Object> found = Answers.await(obligations.incident(id));
        boolean ownVendor = viewer.isVendorMember() && String.valueOf(viewer.getOrganisationId()).equals(String.valueOf(found.get("vendorId")));
        return incident.data("i", found).data("ownVendor", ownVendor).data("stages", STAGES).data("form", typed)
                .data("done", done).data("problem", problem);
    }
}
