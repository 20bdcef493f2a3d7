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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.portal.clients.Answers;
import org.compactdpa.portal.clients.Outcome;
import org.compactdpa.portal.clients.SignaturesClient;
import org.compactdpa.portal.clients.TemplatesClient;
import org.compactdpa.portal.clients.VendorsClient;
import org.compactdpa.portal.clients.VendorsClient.Address;
import org.compactdpa.portal.clients.VendorsClient.Contact;
import org.compactdpa.portal.clients.VendorsClient.Registration;
import org.compactdpa.portal.pages.Forms;
import org.compactdpa.portal.pages.Submission;
import org.compactdpa.portal.pages.VersionChoices;
import org.compactdpa.portal.pages.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A vendor's own work: registering the company, agreements to sign, negotiations, and every
 * district that adopted an offer. Products have their own pages ({@link ProductPages}).
 */
@Path("/vendor")
@Tag(name = "Vendor pages")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class VendorPages {

    private final VendorsClient vendors;
    private final SignaturesClient signatures;
    private final TemplatesClient templates;
    private final VersionChoices versions;
    private final Viewer viewer;
    private final Template vendorHome;
    private final Template vendorRegister;

    public VendorPages(@RestClient VendorsClient vendors, @RestClient SignaturesClient signatures,
            @RestClient TemplatesClient templates, VersionChoices versions, Viewer viewer, Template vendorHome,
            Template vendorRegister) {
        this.vendors = vendors;
        this.signatures = signatures;
        this.templates = templates;
        this.versions = versions;
        this.viewer = viewer;
        this.vendorHome = vendorHome;
        this.vendorRegister = vendorRegister;
    }

    /** A vendor the vendors service does not know yet registers first; only then is the rest asked for. */
    @GET
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "The vendor's profile, products, agreements, adoptions and negotiations")
    public TemplateInstance home(@QueryParam("done") String done) {
        UUID vendor = viewer.require(viewer.isVendor(), "work for a vendor");
        Outcome<Map<String, Object>> profile = Answers.await(Outcome.of(vendors.vendor(vendor)));
        if (profile.refused()) {
            if (profile.refusal().isNotFound()) {
                return vendorRegister.data("form", Map.of()).data("problem", null);
            }
            throw profile.refusal();
        }
        return Answers.await(Uni.combine().all().unis(vendors.products(vendor, 200),
                        signatures.agreementsOfVendor(vendor, 200), templates.negotiations(50),
                        versions.among(templates.templates(null, 50)))
                .with((products, agreements, negotiations, choices) -> vendorHome.data("v", profile.value())
                        .data("published", choices.published()).data("commenting", choices.openForComment())
                        .data("products", products).data("agreements", agreements).data("negotiations", negotiations)
                        .data("done", done)));
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
    @Operation(summary = "Register the company the signed-in account acts for")
    public Object register(MultivaluedMap<String, String> form) {
        UUID vendor = viewer.require(viewer.isVendor(), "register a vendor");
        Registration registration = new Registration(vendor, Forms.text(form, "legalName"),
                Forms.text(form, "doingBusinessAs"), Forms.text(form, "website"),
                new Address(Forms.text(form, "address.street"), Forms.text(form, "address.city"),
                        Forms.text(form, "address.state"), Forms.text(form, "address.postalCode")),
                contact(form, "representative."), contact(form, "breach."));
        return Submission.of(vendors.register(registration), "/vendor?done=registered",
                e -> vendorRegister.data("form", single(form)).data("problem", e));
    }

    private static Contact contact(MultivaluedMap<String, String> form, String prefix) {
        return new Contact(Forms.text(form, prefix + "name"), Forms.text(form, prefix + "title"),
                Forms.text(form, prefix + "email"), Forms.text(form, prefix + "phone"));
    }

    /** The form as typed, to show it again: one value per field. */
    private static Map<String, Object> single(MultivaluedMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
        return values;
    }
}
