package org.compactdpa.signatures.registry;

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
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.signatures.agreements.AgreementView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public registry of agreements. */
@Path("/api/registry/agreements")
@Tag(name = "Registry")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    private final RegistryService registry;

    public RegistryResource(RegistryService registry) {
        this.registry = registry;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search agreements by state, district, vendor, product, status, data element and text")
    @APIResponse(responseCode = "200", description = "A page of agreements (public fields), newest first; 'next' is"
            + " the cursor of the following page")
    @APIResponse(responseCode = "400", description = "Unknown status or data element, invalid paging, a page past the"
            + " first 10,000 agreements (use 'after'), or a cursor this registry did not hand out")
    public Uni<RegistryPage> search(@QueryParam("state") @Size(max = Limits.CODE) String state,
            @QueryParam("districtId") UUID districtId, @QueryParam("vendorId") UUID vendorId,
            @QueryParam("productId") UUID productId, @QueryParam("status") @Size(max = Limits.CODE) String status,
            @QueryParam("dataElement") @Size(max = Limits.CODE) String dataElement,
            @QueryParam("q") @Size(max = Limits.SEARCH) String q,
            @QueryParam("after") @Size(max = RegistryCursor.MAX_LENGTH) String after, @Valid @BeanParam PageRequest page) {
        return registry.search(new RegistryService.Query(state, districtId, vendorId, productId, status, dataElement,
                q), page, after);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One agreement as the public registry shows it")
    @APIResponse(responseCode = "200", description = "The agreement (public fields)")
    public Uni<AgreementView> get(@PathParam("id") UUID id) {
        return registry.find(id);
    }
}
