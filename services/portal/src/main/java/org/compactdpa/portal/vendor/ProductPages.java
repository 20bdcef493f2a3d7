package org.compactdpa.portal.vendor;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Product;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.clients.VendorsClient.ProductInput;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A vendor's products with their Exhibit B, F and subprocessors: the form to add or change one. */
@Path("/vendor/products")
@Tag(name = "Vendor pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ProductPages {

    private final VendorsClient vendors;
    private final Viewer viewer;
    private final Template productForm;

    public ProductPages(@RestClient VendorsClient vendors, Viewer viewer, Template productForm) {
        this.vendors = vendors;
        this.viewer = viewer;
        this.productForm = productForm;
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Form for a new product and its declaration")
    public TemplateInstance newProduct() {
        viewer.require(viewer.isVendor(), "add products");
        return productForm.data("p", Map.of()).data("problem", null).data("rows", ProductForm.rows(List.of()));
    }

    @GET
    @Path("/{productId}/edit")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Form to change a product; a changed declaration becomes a new version")
    public TemplateInstance editProduct(@PathParam("productId") UUID productId) {
        viewer.require(viewer.isVendor(), "change products");
        Product p = Answers.await(vendors.product(productId));
        return productForm.data("p", p).data("problem", null).data("rows", ProductForm.rows(p.subprocessors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Save a product (new, or a change when the form carries its id)")
    public Object saveProduct(MultivaluedMap<String, String> form) {
        UUID vendor = viewer.require(viewer.isVendor(), "change products");
        ProductInput input = ProductForm.read(form);
        UUID product = Forms.id(input.id());
        Uni<Void> save = product == null ? vendors.addProduct(vendor, input) : vendors.changeProduct(vendor, product, input);
        return Submission.of(save, "/vendor?done=product",
                e -> productForm.data("p", input).data("problem", e).data("rows", ProductForm.rows(input.subprocessors())));
    }
}
