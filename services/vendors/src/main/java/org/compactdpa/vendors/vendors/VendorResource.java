package org.compactdpa.vendors.vendors;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.validation.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/vendors")
@Tag(name = "Vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorResource {

    private final VendorService vendors;

    public VendorResource(VendorService vendors) {
        this.vendors = vendors;
    }

    @POST
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Register a vendor (vendor staff register the vendor their account acts for)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "403", description = "Vendor staff naming a vendor other than their own")
    @APIResponse(responseCode = "409", description = "Already registered")
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") VendorInput input) {
        return vendors.register(input)
                .map(v -> Response.created(URI.create("/api/vendors/" + v.id())).entity(v).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.VENDOR_STAFF, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace the vendor's profile; the previous version stays in its history")
    @APIResponse(responseCode = "200", description = "The new profile")
    @APIResponse(responseCode = "403", description = "Staff of another vendor")
    public Uni<VendorView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") VendorInput input) {
        return vendors.update(id, input);
    }

    @POST
    @Path("/{id}/verify")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Verify the vendor; only verified vendors can be offered agreements")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "409", description = "Already verified; the detail says when")
    public Uni<VendorView> verify(@PathParam("id") UUID id) {
        return vendors.verify(id);
    }

    @GET
    @PermitAll
    @Operation(summary = "Find vendors by name (accents and case ignored; prefix matches first)")
    @APIResponse(responseCode = "200", description = "A page of vendors, public fields")
    public Uni<Page<VendorView>> search(@QueryParam("q") @Size(max = Limits.SEARCH) String q,
            @Valid @BeanParam PageRequest page) {
        return vendors.search(q, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One vendor; contacts only for those who work with vendors")
    @APIResponse(responseCode = "200", description = "The vendor")
    public Uni<VendorView> get(@PathParam("id") UUID id) {
        return vendors.read(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("**")
    @Operation(summary = "Every saved version of the vendor's profile, newest first")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "403", description = "Not for vendor staff of other vendors")
    public Uni<List<VendorRevisionView>> history(@PathParam("id") UUID id) {
        return vendors.history(id);
    }
}
