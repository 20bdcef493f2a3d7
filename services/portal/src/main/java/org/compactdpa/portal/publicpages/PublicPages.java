package org.compactdpa.portal.publicpages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
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
import org.compactdpa.portal.clients.Agreement;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.DistrictsClient;
import org.compactdpa.portal.clients.Page;
import org.compactdpa.portal.clients.ServiceAddresses;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.SignaturesClient.HashCheck;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Paging;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Pages anyone can read without signing in: the registry, agreements, general offers, district lists. */
@Path("/")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Blocking
public class PublicPages {

    private final SignaturesClient signatures;
    private final DistrictsClient districts;
    private final ServiceAddresses addresses;
    private final Viewer viewer;
    private final Template registry;
    private final Template agreement;
    private final Template offers;
    private final Template district;

    public PublicPages(@RestClient SignaturesClient signatures, @RestClient DistrictsClient districts,
            ServiceAddresses addresses, Viewer viewer, Template registry, Template agreement, Template offers,
            Template district) {
        this.signatures = signatures;
        this.districts = districts;
        this.addresses = addresses;
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
        Page<Agreement> results = Answers.await(signatures.search(Forms.optional(q), Forms.optional(state),
                Forms.optional(status), Forms.optional(dataElement), Math.max(page, 0), 20));
        return registry.data("results", results).data("q", q).data("state", state).data("status", status)
                .data("dataElement", dataElement).data("paging", Paging.of(results, "/", "q", q, "state", state,
                        "status", status, "dataElement", dataElement));
    }

    @GET
    @Path("/agreements/{id}")
    @Operation(summary = "An agreement's public record: parties, products, data elements, status, expiry")
    public TemplateInstance agreement(@PathParam("id") UUID id) {
        Agreement a = Answers.await(signatures.publicRecord(id));
        // The same check anyone can make on /verify, by the document's hash.
        Map<String, Object> seal = a.wasExecuted()
                ? Answers.await(signatures.verifyHash(new HashCheck(String.valueOf(a.documentSha256()))))
                : null;
        return agreement.data("a", a).data("seal", seal);
    }

    @GET
    @Path("/offers")
    @Operation(summary = "Open general offers a district can adopt with one signature")
    public TemplateInstance offers(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page) {
        Page<Agreement> results = Answers.await(signatures.offers(Forms.optional(state), Math.max(page, 0), 20));
        return offers.data("results", results).data("state", state)
                .data("paging", Paging.of(results, "/offers", "state", state));
    }

    @GET
    @Path("/districts/{id}")
    @Operation(summary = "A district's public list of products and agreements; ?embed=true for other websites")
    public Response district(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("dataElement") String dataElement, @QueryParam("embed") boolean embed,
            @QueryParam("page") @DefaultValue("0") int page, @Context UriInfo uri) {
        TemplateInstance shown = Answers.await(Uni.combine().all().unis(districts.district(id),
                districts.publicList(id, Forms.optional(status), Forms.optional(dataElement), Math.max(page, 0), 50))
                .with((d, entries) -> district.data("d", d).data("list", entries)
                        .data("paging", Paging.of(entries, "/districts/" + id, "status", status,
                                "dataElement", dataElement, "embed", embed ? "true" : null))));
        shown.data("status", status).data("dataElement", dataElement).data("embed", embed)
                .data("csv", addresses.districts() + "/api/districts/" + id + "/products?format=csv")
                .data("embedUrl", uri.getBaseUriBuilder().path("districts").path(id.toString())
                        .queryParam("embed", "true").build());
        Response.ResponseBuilder response = Response.ok(shown);
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
