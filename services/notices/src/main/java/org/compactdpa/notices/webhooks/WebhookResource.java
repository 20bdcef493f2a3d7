package org.compactdpa.notices.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.notices.rules.NoticeRules;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** An organisation's administrators manage its webhook endpoints; nobody sees another organisation's. */
@Path("/api")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.VENDOR_ADMIN, Roles.COORDINATOR})
public class WebhookResource {

    private final Endpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final Caller caller;

    public WebhookResource(Endpoints endpoints, WebhookDeliveries deliveries, Caller caller) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @GET
    @Path("/webhook-event-types")
    @Operation(summary = "The event types an endpoint may ask for")
    @APIResponse(responseCode = "200", description = "The types")
    public EventTypes eventTypes() {
        return new EventTypes(NoticeRules.eventTypes());
    }

    @GET
    @Path("/webhooks")
    @Operation(summary = "The webhook endpoints of the caller's organisation")
    @APIResponse(responseCode = "200", description = "A page of endpoints")
    public Uni<Page<EndpointView>> list(@Valid @BeanParam PageRequest page) {
        return endpoints.list(organisation(), page);
    }

    @POST
    @Path("/webhooks")
    @ResponseStatus(201)
    @Operation(summary = "Register an endpoint; the answer carries its signing secret, shown this once")
    @APIResponse(responseCode = "201", description = "Registered, with the secret")
    @APIResponse(responseCode = "422", description = "A URL the address rules refuse, an unknown event type, or too many endpoints")
    public Uni<EndpointView> register(@Valid @NotNull(message = "a JSON body is required") EndpointInput input) {
        UUID organisation = organisation();
        return endpoints.register(caller.organisationType().orElseThrow().name(), organisation, caller.username(), input);
    }

    @GET
    @Path("/webhooks/{id}")
    @Operation(summary = "One endpoint (never its secret)")
    @APIResponse(responseCode = "200", description = "The endpoint")
    public Uni<EndpointView> one(@PathParam("id") UUID id) {
        return endpoints.one(organisation(), id);
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Remove an endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> remove(@PathParam("id") UUID id) {
        return endpoints.remove(organisation(), id);
    }

    @POST
    @Path("/webhooks/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Take deliveries again after the endpoint was disabled")
    @APIResponse(responseCode = "204", description = "Enabled")
    public Uni<Void> enable(@PathParam("id") UUID id) {
        return endpoints.enable(organisation(), id);
    }

    @GET
    @Path("/webhooks/{id}/deliveries")
    @Operation(summary = "The endpoint's deliveries, newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Uni<Page<DeliveryView>> deliveries(@PathParam("id") UUID id,
            @QueryParam("status") @Size(max = 10) @Pattern(regexp = "PENDING|DELIVERED|FAILED", message = "must be PENDING, DELIVERED or FAILED") String status,
            @Valid @BeanParam PageRequest page) {
        return endpoints.one(organisation(), id).chain(found -> deliveries.list(id, status, page));
    }

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD)
    @ResponseStatus(202)
    @Operation(summary = "Send a delivery again now (same webhook-id, a fresh budget of attempts)")
    @APIResponse(responseCode = "202", description = "Queued")
    public Uni<Void> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return endpoints.one(organisation(), id).chain(found -> deliveries.replay(id, deliveryId));
    }

    /** The organisation the caller administers: a district's or vendor's administrator, a consortium's coordinator. */
    private UUID organisation() {
        OrganisationType type = caller.organisationType().orElseThrow(() -> ProblemException.forbidden(
                "Your account acts for no organisation"));
        String administers = switch (type) {
            case DISTRICT -> Roles.DISTRICT_ADMIN;
            case VENDOR -> Roles.VENDOR_ADMIN;
            case CONSORTIUM -> Roles.COORDINATOR;
        };
        if (!caller.hasRole(administers)) {
            throw ProblemException.forbidden("Only the organisation's administrators manage its webhooks");
        }
        return caller.requireOrganisation(type);
    }
}
