package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.DISTRICTS;
import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;
import static org.compactdpa.portal.backend.Backend.Service.VENDORS;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A district's own work: agreements to sign, general offers in scope, app requests, its public list. */
@Path("/district")
@Tag(name = "District pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DistrictPages {

    private final Backend backend;
    private final Viewer viewer;
    private final Template districtHome;
    private final PublishedVersions versions;

    public DistrictPages(Backend backend, Viewer viewer, Template districtHome, PublishedVersions versions) {
        this.backend = backend;
        this.versions = versions;
        this.viewer = viewer;
        this.districtHome = districtHome;
    }

    @GET
    @Operation(summary = "The district's agreements, offers in scope and app requests")
    public TemplateInstance home(@QueryParam("done") String done) {
        return page(done, null);
    }

    @POST
    @Path("/app-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Ask to use a product: answered by an open general offer, or queued for the coordinators")
    public Object request(MultivaluedMap<String, String> form) {
        UUID district = viewer.require(viewer.isDistrict(), "ask for products");
        Map<String, Object> body = new HashMap<>();
        body.put("productId", Forms.text(form, "productId"));
        body.put("productName", Forms.text(form, "productName"));
        body.put("purpose", Forms.text(form, "purpose"));
        return Submission.of(() -> backend.post(DISTRICTS, "/api/districts/" + district + "/app-requests", body),
                "/district?done=requested", e -> page(null, e));
    }

    private TemplateInstance page(String done, BackendException problem) {
        UUID district = viewer.require(viewer.isDistrict(), "see a district's work");
        Map<String, Object> d = backend.get(DISTRICTS, "/api/districts/" + district);
        Map<String, Object> agreements = backend.get(SIGNATURES, "/api/registry/agreements", "districtId", district,
                "size", 100);
        Map<String, Object> offers = backend.get(SIGNATURES, "/api/offers", "state", d.get("state"), "size", 100);
        Map<String, Object> requests = backend.get(DISTRICTS, "/api/districts/" + district + "/app-requests", "size", 50);
        Map<String, Object> products = backend.get(VENDORS, "/api/products", "size", 200);
        return districtHome.data("d", d).data("agreements", agreements).data("offers", offers)
                .data("requests", requests).data("products", products).data("commenting", versions.openForComment(null)).data("done", done).data("problem", problem);
    }
}
