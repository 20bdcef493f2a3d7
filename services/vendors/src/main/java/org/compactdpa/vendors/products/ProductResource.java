package org.compactdpa.vendors.products;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.api.QueryValues;
import org.compactdpa.platform.validation.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public product catalog across vendors. */
@Path("/api/products")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductCatalog catalog;

    public ProductResource(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Operation(summary = "Find products by name, by a data element they collect, or by vendor")
    @APIResponse(responseCode = "200", description = "A page of products")
    @APIResponse(responseCode = "400", description = "Unknown data element or invalid paging")
    public Uni<Page<ProductView>> search(@QueryParam("q") @Size(max = Limits.SEARCH) String q,
            @QueryParam("dataElement") @Size(max = Limits.CODE) String dataElement,
            @QueryParam("vendorId") UUID vendorId, @Valid @BeanParam PageRequest page) {
        DataElement collected = QueryValues.enumValue(DataElement.class, dataElement, "dataElement");
        return catalog.search(q, collected, vendorId, page);
    }

    @GET
    @Path("/{productId}")
    @PermitAll
    @Operation(summary = "One product with its current declaration")
    @APIResponse(responseCode = "200", description = "The product")
    public Uni<ProductView> get(@PathParam("productId") UUID productId) {
        return catalog.find(productId);
    }
}
