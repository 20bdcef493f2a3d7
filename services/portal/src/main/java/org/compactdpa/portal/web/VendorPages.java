package org.compactdpa.portal.web;

import static org.compactdpa.portal.backend.Backend.Service.SIGNATURES;
import static org.compactdpa.portal.backend.Backend.Service.TEMPLATES;
import static org.compactdpa.portal.backend.Backend.Service.VENDORS;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.compactdpa.portal.backend.Backend;
import org.compactdpa.portal.backend.BackendException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vendor's own work: registering the company, products with their Exhibit B, F and
 * subprocessors, agreements to sign, negotiations, and every district that adopted an offer.
 */
@Path("/vendor")
@Tag(name = "Vendor pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class VendorPages {

    /** Subprocessor rows the product form offers; a vendor with more edits again. */
    static final int SUBPROCESSOR_ROWS = 4;

    private final Backend backend;
    private final Viewer viewer;
    private final Template vendorHome;
    private final Template vendorRegister;
    private final Template productForm;
    private final PublishedVersions publishedVersions;

    public VendorPages(Backend backend, Viewer viewer, Template vendorHome, Template vendorRegister, Template productForm,
            PublishedVersions publishedVersions) {
        this.backend = backend;
        this.publishedVersions = publishedVersions;
        this.viewer = viewer;
        this.vendorHome = vendorHome;
        this.vendorRegister = vendorRegister;
        this.productForm = productForm;
    }

    @GET
    @Operation(summary = "The vendor's profile, products, agreements, adoptions and negotiations")
    public TemplateInstance home(@QueryParam("done") String done) {
        UUID vendor = viewer.require(viewer.isVendor(), "work for a vendor");
        Map<String, Object> v;
        try {
            v = backend.get(VENDORS, "/api/vendors/" + vendor);
        } catch (BackendException e) {
            if (e.isNotFound()) {
                return vendorRegister.data("form", Map.of()).data("problem", null);
            }
            throw e;
        }
        Map<String, Object> products = backend.get(VENDORS, "/api/products", "vendorId", vendor, "size", 200);
        Map<String, Object> agreements = backend.get(SIGNATURES, "/api/registry/agreements", "vendorId", vendor,
                "size", 200);
        Map<String, Object> negotiations = backend.get(TEMPLATES, "/api/negotiations", "size", 50);
        return vendorHome.data("v", v).data("published", publishedVersions.choices(null))
                .data("commenting", publishedVersions.openForComment(null)).data("products", products).data("agreements", agreements)
                .data("negotiations", negotiations).data("done", done);
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Register the company the signed-in account acts for")
    public Object register(MultivaluedMap<String, String> form) {
        UUID vendor = viewer.require(viewer.isVendor(), "register a vendor");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", vendor);
        body.put("legalName", Forms.text(form, "legalName"));
        body.put("doingBusinessAs", Forms.text(form, "doingBusinessAs"));
        body.put("website", Forms.text(form, "website"));
        body.put("address", fields(form, "address.", "street", "city", "state", "postalCode"));
        body.put("representative", fields(form, "representative.", "name", "title", "email", "phone"));
        body.put("breachContact", fields(form, "breach.", "name", "title", "email", "phone"));
        return Submission.of(() -> backend.post(VENDORS, "/api/vendors", body), "/vendor?done=registered",
                e -> vendorRegister.data("form", single(form)).data("problem", e));
    }

    @GET
    @Path("/products/new")
    @Operation(summary = "Form for a new product and its declaration")
    public TemplateInstance newProduct() {
        viewer.require(viewer.isVendor(), "add products");
        return productForm.data("p", Map.of()).data("problem", null).data("rows", rows(List.of()));
    }

    @GET
    @Path("/products/{productId}/edit")
    @Operation(summary = "Form to change a product; a changed declaration becomes a new version")
    public TemplateInstance editProduct(@PathParam("productId") UUID productId) {
        UUID vendor = viewer.require(viewer.isVendor(), "change products");
        Map<String, Object> p = backend.get(VENDORS, "/api/products/" + productId);
        return productForm.data("p", p).data("problem", null).data("rows", rows(subprocessorsOf(p)));
    }

    @POST
    @Path("/products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a product (new, or a change when the form carries its id)")
    public Object saveProduct(MultivaluedMap<String, String> form) {
        UUID vendor = viewer.require(viewer.isVendor(), "change products");
        Map<String, Object> body = productBody(form);
        String id = Forms.text(form, "id");
        String products = "/api/vendors/" + vendor + "/products";
        Supplier<Map<String, Object>> save = id == null ? () -> backend.post(VENDORS, products, body)
                : () -> backend.put(VENDORS, products + "/" + UUID.fromString(id), body);
        return Submission.of(save, "/vendor?done=product",
                e -> productForm.data("p", body).data("problem", e).data("rows", rows(subprocessorsOf(body))));
    }

    static Map<String, Object> productBody(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Forms.text(form, "id"));
        body.put("name", Forms.text(form, "name"));
        body.put("url", Forms.text(form, "url"));
        body.put("description", Forms.text(form, "description"));
        body.put("gradeBands", Forms.commaList(form, "gradeBands"));
        body.put("categories", Forms.commaList(form, "categories"));
        body.put("dataElements", Forms.all(form, "dataElements"));
        body.put("otherDataElements", Forms.text(form, "otherDataElements"));
        body.put("securityFramework", Forms.text(form, "securityFramework"));
        body.put("securityFrameworkOther", Forms.text(form, "securityFrameworkOther"));
        List<Map<String, Object>> subprocessors = new ArrayList<>();
        for (int i = 0; i < SUBPROCESSOR_ROWS; i++) {
            String name = Forms.text(form, "sp" + i + ".name");
            if (name == null) {
                continue; // an empty row is simply not used
            }
            Map<String, Object> sp = new LinkedHashMap<>();
            sp.put("name", name);
            sp.put("purpose", Forms.text(form, "sp" + i + ".purpose"));
            sp.put("location", Forms.text(form, "sp" + i + ".location"));
            sp.put("dataElements", Forms.all(form, "sp" + i + ".dataElements"));
            subprocessors.add(sp);
        }
        body.put("subprocessors", subprocessors);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> subprocessorsOf(Map<String, Object> product) {
        Object list = product.get("subprocessors");
        return list instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The subprocessor rows of the form: the existing ones, then empty rows up to the limit. */
    private static List<Map<String, Object>> rows(List<Map<String, Object>> existing) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(SUBPROCESSOR_ROWS, existing.size()); i++) {
            Map<String, Object> row = new LinkedHashMap<>(i < existing.size() ? existing.get(i) : Map.of());
            row.put("index", i);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> fields(MultivaluedMap<String, String> form, String prefix, String... names) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name : names) {
            object.put(name, Forms.text(form, prefix + name));
        }
        return object;
    }

    private static Map<String, Object> single(MultivaluedMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        return values;
    }
}
