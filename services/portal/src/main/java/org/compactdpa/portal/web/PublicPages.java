package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.DISTRICTS;
import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.portal.backend.Backend;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pages anyone can read without signing in: the registry, agreements, general offers, district lists. */
@Path("/")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Blocking
public class PublicPages {

    private final Backend backend;
    private final Viewer viewer;
    private final Template registry;
    private final Template agreement;
    private final Template offers;
    private final Template district;

    public PublicPages(Backend backend, Viewer viewer, Template registry, Template agreement, Template offers,
            Template district) {
        this.backend = backend;
        this.viewer = viewer;
        this.registry = registry;
        this.agreement = agreement;
        this.offers = offers;
        this.district = district;
    }

    @GET
    @Operation(summary = "Registry search: state, vendor or product text, status, data element")
    public TemplateInstance registry(@QueryParam("q") String q, @QueryParam("state") String state,
            @QueryParam("status") String status, @QueryParam("dataElement") String dataElement,
            @QueryParam("page") @DefaultValue("0") int page) {
        Map<String, Object> results = backend.get(SIGNATURES, "/api/registry/agreements", "q", q, "state", state,
                "status", status, "dataElement", dataElement, "page", Math.max(page, 0), "size", 20);
        return registry.data("results", results).data("q", q).data("state", state).data("status", status)
                .data("dataElement", dataElement).data("paging", Paging.of(results, "/", "q", q, "state", state,
                        "status", status, "dataElement", dataElement));
    }

    @GET
    @Path("/agreements/{id}")
    @Operation(summary = "An agreement's public record: parties, products, data elements, status, expiry")
    public TemplateInstance agreement(@PathParam("id") UUID id) {
        Map<String, Object> a = backend.get(SIGNATURES, "/api/registry/agreements/" + id);
        Map<String, Object> seal = null;
        if ("EXECUTED".equals(a.get("status")) || "EXPIRED".equals(a.get("status")) || "TERMINATED".equals(a.get("status"))) {
            // The same check anyone can make on /verify, by the document's hash.
            seal = backend.post(SIGNATURES, "/api/verify", Map.of("sha256", String.valueOf(a.get("documentSha256"))));
        }
        return agreement.data("a", a).data("seal", seal);
    }

    @GET
    @Path("/offers")
    @Operation(summary = "Open general offers a district can adopt with one signature")
    public TemplateInstance offers(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page) {
        Map<String, Object> results = backend.get(SIGNATURES, "/api/offers", "state", state, "page", Math.max(page, 0),
                "size", 20);
        return offers.data("results", results).data("state", state)
                .data("paging", Paging.of(results, "/offers", "state", state));
    }

    @GET
    @Path("/districts/{id}")
    @Operation(summary = "A district's public list of products and agreements; ?embed=true for other websites")
    public Response district(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("dataElement") String dataElement, @QueryParam("embed") boolean embed,
            @QueryParam("page") @DefaultValue("0") int page, @Context UriInfo uri) {
        Map<String, Object> d = backend.get(DISTRICTS, "/api/districts/" + id);
        Map<String, Object> list = backend.get(DISTRICTS, "/api/districts/" + id + "/products", "status", status,
                "dataElement", dataElement, "page", Math.max(page, 0), "size", 50);
        String csv = backend.baseUrl(DISTRICTS) + "/api/districts/" + id + "/products?format=csv";
        TemplateInstance page1 = district.data("d", d).data("list", list).data("status", status)
                .data("dataElement", dataElement).data("embed", embed).data("csv", csv)
                .data("embedUrl", uri.getBaseUriBuilder().path("districts").path(id.toString()).queryParam("embed", "true")
                        .build())
                .data("paging", Paging.of(list, "/districts/" + id, "status", status, "dataElement", dataElement,
                        "embed", embed ? "true" : null));
        Response.ResponseBuilder response = Response.ok(page1);
        if (embed) {
            // Districts put this page in an iframe on their own websites.
            response.header("Content-Security-Policy", "frame-ancestors *");
        } else {
            response.header("X-Frame-Options", "DENY");
        }
        return response.build();
    }

    @GET
    @Path("/login")
    @Operation(summary = "Signs in through Keycloak, then goes to the person's own work")
    public Response login() {
        // Reaching this method means the code flow has completed (the path requires authentication).
        return Response.seeOther(URI.create(viewer.getHome())).build();
    }
}
