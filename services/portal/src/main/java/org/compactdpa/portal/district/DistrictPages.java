package org.compactdpa.portal.district;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.District;
import org.compactdpa.portal.clients.DistrictsClient;
import org.compactdpa.portal.clients.DistrictsClient.NewAppRequest;
import org.compactdpa.portal.clients.ServiceProblem;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.VersionChoices;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A district's own work: agreements to sign, general offers in scope, app requests, its public list. */
@Path("/district")
@Tag(name = "District pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DistrictPages {

    private final DistrictsClient districts;
    private final SignaturesClient signatures;
    private final VendorsClient vendors;
    private final TemplatesClient templates;
    private final VersionChoices versions;
    private final Viewer viewer;
    private final Template districtHome;

    public DistrictPages(@RestClient DistrictsClient districts, @RestClient SignaturesClient signatures,
            @RestClient VendorsClient vendors, @RestClient TemplatesClient templates, VersionChoices versions,
            Viewer viewer, Template districtHome) {
        this.districts = districts;
        this.signatures = signatures;
        this.vendors = vendors;
        this.templates = templates;
        this.versions = versions;
        this.viewer = viewer;
        this.districtHome = districtHome;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER})
    @Operation(summary = "The district's agreements, offers in scope and app requests")
    public TemplateInstance home(@QueryParam("done") String done) {
        return page(done, null);
    }

    @POST
    @Path("/app-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER})
    @Operation(summary = "Ask to use a product: answered by an open general offer, or queued for the coordinators")
    public Object request(MultivaluedMap<String, String> form) {
        UUID district = viewer.require(viewer.isDistrict(), "ask for products");
        NewAppRequest request = new NewAppRequest(Forms.text(form, "productId"), Forms.text(form, "productName"),
                Forms.text(form, "purpose"));
        return Submission.of(districts.request(district, request), "/district?done=requested", e -> page(null, e));
    }

    /** Everything at once, except the offers, which are those of the district's state. */
    private TemplateInstance page(String done, ServiceProblem problem) {
        UUID id = viewer.require(viewer.isDistrict(), "see a district's work");
        Uni<District> district = districts.district(id).memoize().indefinitely();
        return Answers.await(Uni.combine().all().unis(district,
                        district.flatMap(d -> signatures.offers(d.state(), null, 100)),
                        signatures.agreementsOfDistrict(id, 100), districts.requestsOf(id, 50), vendors.products(null, 200),
                        versions.among(templates.templates(null, 50)))
                .with((d, offers, agreements, requests, products, choices) -> districtHome.data("d", d)
                        .data("agreements", agreements).data("offers", offers).data("requests", requests)
                        .data("products", products).data("commenting", choices.openForComment())))
                .data("done", done).data("problem", problem);
    }
}
