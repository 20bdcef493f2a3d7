package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A district's own app requests. */
@Path("/api/districts/{id}/app-requests")
@Tag(name = "App requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictAppRequestResource {

    private final AppRequestService requests;
    private final AppRequestQueries queries;

    public DistrictAppRequestResource(AppRequestService requests, AppRequestQueries queries) {
        this.requests = requests;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Ask to use a product; answered with an available general offer, or queued for the coordinators")
    @APIResponse(responseCode = "201", description = "The request and its answer")
    @APIResponse(responseCode = "400", description = "Neither a product id nor a name")
    @APIResponse(responseCode = "403", description = "Staff of another district")
    @APIResponse(responseCode = "409", description = "The product is already approved for the district")
    @APIResponse(responseCode = "422", description = "An unknown product id without a name")
    public Uni<Response> submit(@PathParam("id") UUID districtId,
            @Valid @NotNull(message = "a JSON body is required") NewAppRequest input) {
        return requests.submit(districtId, input).map(r -> Response.created(URI.create("/api/app-requests/" + r.id()))
                .entity(r).build());
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The district's app requests, newest first")
    @APIResponse(responseCode = "200", description = "A page of requests with their history")
    @APIResponse(responseCode = "403", description = "Another district, or a coordinator of a consortium it is not in")
    public Uni<Page<AppRequestView>> ofDistrict(@PathParam("id") UUID districtId, @Valid @BeanParam PageRequest page) {
        return queries.ofDistrict(districtId, page);
    }
}
