package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The districts service: consortia and their members, districts, app requests, public lists. */
@RegisterRestClient(configKey = "districts")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DistrictsClient {

    @GET
    @Path("/consortia/{id}")
    Uni<Consortium> consortium(@PathParam("id") UUID consortium);

    @GET
    @Path("/consortia/{id}/members")
    Uni<Page<Member>> members(@PathParam("id") UUID consortium, @QueryParam("size") int size);

    @POST
    @Path("/consortia/{id}/members")
    Uni<Void> addMember(@PathParam("id") UUID consortium, NewMember member);

    /** The requests still waiting for the consortium's answer. */
    @GET
    @Path("/consortia/{id}/app-requests")
    Uni<Page<AppRequest>> openRequests(@PathParam("id") UUID consortium, @QueryParam("open") boolean open,
            @QueryParam("size") int size);

    @POST
    @Path("/app-requests/{id}/resolve")
    Uni<Void> resolve(@PathParam("id") UUID request, Resolution resolution);

    @GET
    @Path("/districts")
    Uni<Page<District>> districtsIn(@QueryParam("state") String state, @QueryParam("size") int size);

    @GET
    @Path("/districts/{id}")
    Uni<District> district(@PathParam("id") UUID district);

    @GET
    @Path("/districts/{id}/app-requests")
    Uni<Page<AppRequest>> requestsOf(@PathParam("id") UUID district, @QueryParam("size") int size);

    @POST
    @Path("/districts/{id}/app-requests")
    Uni<Void> request(@PathParam("id") UUID district, NewAppRequest request);

    /** A district's public list; only displayed, so its lines stay as the service wrote them. */
    @GET
    @Path("/districts/{id}/products")
    Uni<Page<Map<String, Object>>> publicList(@PathParam("id") UUID district, @QueryParam("status") String status,
            @QueryParam("dataElement") String dataElement, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Ids as the form gave them: a malformed one is the service's to refuse, by field. */
    record NewMember(String districtId) {
    }

    record Resolution(String outcome, String note) {
    }

    record NewAppRequest(String productId, String productName, String purpose) {
    }
}
