package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The vendors service: companies, their products and declarations. Vendors and product lists are
 * only displayed, so they stay as the service wrote them; a single product is read to fill its form.
 */
@RegisterRestClient(configKey = "vendors")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VendorsClient {

    @GET
    @Path("/vendors/{id}")
    Uni<Map<String, Object>> vendor(@PathParam("id") UUID vendor);

    @GET
    @Path("/vendors")
    Uni<Page<Map<String, Object>>> vendors(@QueryParam("size") int size);

    @POST
    @Path("/vendors")
    Uni<Void> register(Registration registration);

    /** Actions without fields send an empty JSON object, as the services' JSON endpoints expect. */
    @POST
    @Path("/vendors/{id}/verify")
    Uni<Void> verify(@PathParam("id") UUID vendor, Map<String, Object> nothing);

    /** Every vendor's products, or one vendor's when {@code vendor} is given. */
    @GET
    @Path("/products")
    Uni<Page<Map<String, Object>>> products(@QueryParam("vendorId") UUID vendor, @QueryParam("size") int size);

    @GET
    @Path("/products/{id}")
    Uni<Product> product(@PathParam("id") UUID product);

    @POST
    @Path("/vendors/{id}/products")
    Uni<Void> addProduct(@PathParam("id") UUID vendor, ProductInput product);

    @PUT
    @Path("/vendors/{id}/products/{productId}")
    Uni<Void> changeProduct(@PathParam("id") UUID vendor, @PathParam("productId") UUID product, ProductInput input);

    record Registration(UUID id, String legalName, String doingBusinessAs, String website, Address address,
            Contact representative, Contact breachContact) {
    }

    record Address(String street, String city, String state, String postalCode) {
    }

    record Contact(String name, String title, String email, String phone) {
    }

    /** A product as its form sends it; shown again in the form when the service refuses it. */
    @TemplateData
    record ProductInput(String id, String name, String url, String description, List<String> gradeBands,
            List<String> categories, List<String> dataElements, String otherDataElements, String securityFramework,
            String securityFrameworkOther, List<Product.Subprocessor> subprocessors) {
    }
}
