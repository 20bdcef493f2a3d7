package org.compactdpa.districts.districts;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.validation.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/districts")
@Tag(name = "Districts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictResource {

    private final DistrictService districts;

    public DistrictResource(DistrictService districts) {
        this.districts = districts;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Register a school district")
    @APIResponse(responseCode = "201", description = "Registered; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields (state code, NCES id, e-mail, URL)")
    @APIResponse(responseCode = "403", description = "Only coordinators and platform admins register districts")
    @APIResponse(responseCode = "409", description = "The id or NCES id is already registered")
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") NewDistrict request) {
        return districts.register(request)
                .map(d -> Response.created(URI.create("/api/districts/" + d.id())).entity(d).build());
    }

    @GET
    @PermitAll
    @Operation(summary = "Find districts by state and name")
    @APIResponse(responseCode = "200", description = "A page of districts, by name")
    @APIResponse(responseCode = "400", description = "Unknown state code or invalid paging")
    public Uni<Page<DistrictView>> search(@QueryParam("state") @Size(max = Limits.CODE) String state,
            @QueryParam("q") @Size(max = Limits.SEARCH) String q, @Valid @BeanParam PageRequest page) {
        return districts.search(state, q, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One district")
    @APIResponse(responseCode = "200", description = "The district")
    public Uni<DistrictView> get(@PathParam("id") UUID id) {
        return districts.require(id);
    }
}
