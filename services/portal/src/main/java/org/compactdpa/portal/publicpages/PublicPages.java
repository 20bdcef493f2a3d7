package org.compactdpa.portal.publicpages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.compactdpa.portal.pages.PublicAddress;
import org.compactdpa.portal.pages.SecurityHeaders;
import org.compactdpa.portal.pages.SeeOther;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Pages anyone can read without signing in: the registry, agreements, general offers, district lists;
 * and {@code /login}, the one page here that needs a signed-in person.
 */
@Path("/")
@Tag(name = "Public pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PublicPages {

    private final SignaturesClient signatures;
    private final DistrictsClient districts;
    private final ServiceAddresses addresses;
    private final PublicAddress portal;
    private final SecurityHeaders headers;
    private final Viewer viewer;
    private final Template registry;
    private final Template agreement;
    private final Template offers;
    private final Template district;

    public PublicPages(@RestClient SignaturesClient signatures, @RestClient DistrictsClient districts,
            ServiceAddresses addresses, PublicAddress portal, SecurityHeaders headers, Viewer viewer,
            Template registry, Template agreement, Template offers, Template district) {
        this.signatures = signatures;
        this.districts = districts;
        this.addresses = addresses;
        this.portal = portal;
        this.headers = headers;
        this.viewer = viewer;
        this.registry = registry;
        this.agreement = agreement;
        this.offers = offers;
        this.district = district;
    }

    @GET
    @PermitAll
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
    @PermitAll
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
    @PermitAll
    @Operation(summary = "Open general offers a district can adopt with one signature")
    public TemplateInstance offers(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page) {
        Page<Agreement> results = Answers.await(signatures.offers(Forms.optional(state), Math.max(page, 0), 20));
        return offers.data("results", results).data("state", state)
                .data("paging", Paging.of(results, "/offers", "state", state));
    }

    @GET
    @Path("/districts/{id}")
    @PermitAll
    @Operation(summary = "A district's public list of products and agreements; ?embed=true for other websites")
    public TemplateInstance district(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("dataElement") String dataElement, @QueryParam("embed") boolean embed,
            @QueryParam("page") @DefaultValue("0") int page) {
        TemplateInstance shown = Answers.await(Uni.combine().all().unis(districts.district(id),
                districts.publicList(id, Forms.optional(status), Forms.optional(dataElement), Math.max(page, 0), 50))
                .with((d, entries) -> district.data("d", d).data("list", entries)
                        .data("paging", Paging.of(entries, "/districts/" + id, "status", status,
                                "dataElement", dataElement, "embed", embed ? "true" : null))));
        shown.data("status", status).data("dataElement", dataElement).data("embed", embed)
                .data("csv", addresses.districts() + "/api/districts/" + id + "/products?format=csv")
                .data("embedUrl", portal.of("/districts/" + id + "?embed=true"));
        if (embed) {
            // Districts put this list in an iframe on their own websites; every other page refuses frames.
            headers.allowFramingByAnySite();
        }
        return shown;
    }

    @GET
    @Path("/login")
    @Authenticated
    @Operation(summary = "Signs in through Keycloak, then goes to the person's own work")
    public Object login() {
        // Reaching this method means the code flow has completed (the path requires authentication).
        return new SeeOther(viewer.getHome());
    }
}
