package org.compactdpa.vendors.products;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's own products: declared and changed by the vendor's staff. */
@Path("/api/vendors/{vendorId}/products")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorProductResource {

    private final ProductService products;
    private final ProductCatalog catalog;

    public VendorProductResource(ProductService products, ProductCatalog catalog) {
        this.products = products;
        this.catalog = catalog;
    }

    @POST
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Register a product with its Exhibit B data elements, Exhibit F framework and subprocessors")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "403", description = "Staff of another vendor")
    @APIResponse(responseCode = "409", description = "The product id exists")
    public Uni<Response> register(@PathParam("vendorId") UUID vendorId,
            @Valid @NotNull(message = "a JSON body is required") ProductInput input) {
        return products.register(vendorId, input).map(p -> Response
                .created(URI.create("/api/vendors/" + vendorId + "/products/" + p.id())).entity(p).build());
    }

    @PUT
    @Path("/{productId}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace a product; a changed declaration becomes a new version with its diff")
    @APIResponse(responseCode = "200", description = "The product with its current declaration")
    @APIResponse(responseCode = "403", description = "Staff of another vendor")
    @APIResponse(responseCode = "404", description = "No such product of this vendor")
    public Uni<ProductView> update(@PathParam("vendorId") UUID vendorId, @PathParam("productId") UUID productId,
            @Valid @NotNull(message = "a JSON body is required") ProductInput input) {
        return products.update(vendorId, productId, input);
    }

    @GET
    @Path("/{productId}/declarations")
    @PermitAll
    @Operation(summary = "Every version of the product's declaration, newest first, each with its changes")
    @APIResponse(responseCode = "200", description = "The declarations")
    @APIResponse(responseCode = "404", description = "No such product of this vendor")
    public Uni<List<DeclarationView>> declarations(@PathParam("vendorId") UUID vendorId,
            @PathParam("productId") UUID productId) {
        return catalog.declarations(vendorId, productId);
    }
}
