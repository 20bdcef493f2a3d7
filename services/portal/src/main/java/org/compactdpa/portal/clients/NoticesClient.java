package org.compactdpa.portal.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The notices service: a person's inbox and how they are e-mailed, what a district or consortium
 * follows, and the webhooks an organisation registered with their delivery log. Every call is the
 * signed-in person's own; the service decides whose notices, subscriptions and webhooks they see.
 */
@RegisterRestClient(configKey = "notices")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NoticesClient {

    /** Newest first; {@code unread} null means read and unread alike. */
    @GET
    @Path("/notices")
    Uni<Page<Notice>> notices(@QueryParam("unread") Boolean unread, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** At most 1,000: the service stops counting there. */
    @GET
    @Path("/notices/unread-count")
    Uni<UnreadCount> unreadCount();

    @POST
    @Path("/notices/{id}/read")
    Uni<Void> markRead(@PathParam("id") UUID notice, Map<String, Object> nothing);

    /** Every notice up to now. */
    @POST
    @Path("/notices/read-all")
    Uni<Void> markAllRead(Map<String, Object> nothing);

    @GET
    @Path("/notice-preferences")
    Uni<Preferences> preferences();

    @PUT
    @Path("/notice-preferences/{kind}")
    Uni<Void> deliver(@PathParam("kind") String kind, Delivery delivery);

    @GET
    @Path("/subscriptions")
    Uni<Page<Subscription>> subscriptions(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/subscriptions")
    Uni<Void> subscribe(NewSubscription subscription);

    @DELETE
    @Path("/subscriptions/{id}")
    Uni<Void> unsubscribe(@PathParam("id") UUID subscription);

    @GET
    @Path("/webhooks")
    Uni<Page<Webhook>> webhooks(@QueryParam("page") int page, @QueryParam("size") int size);

    /** The answer is the only time the endpoint's signing secret is ever given out. */
    @POST
    @Path("/webhooks")
    Uni<RegisteredWebhook> register(NewWebhook webhook);

    @GET
    @Path("/webhooks/{id}")
    Uni<Webhook> webhook(@PathParam("id") UUID webhook);

    @DELETE
    @Path("/webhooks/{id}")
    Uni<Void> removeWebhook(@PathParam("id") UUID webhook);

    @POST
    @Path("/webhooks/{id}/enable")
    Uni<Void> enable(@PathParam("id") UUID webhook, Map<String, Object> nothing);

    /** Newest first; {@code status} null means every status. */
    @GET
    @Path("/webhooks/{id}/deliveries")
    Uni<Page<WebhookDelivery>> deliveries(@PathParam("id") UUID webhook, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** A new attempt of the same delivery, now. */
    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/replay")
    Uni<Void> replay(@PathParam("id") UUID webhook, @PathParam("deliveryId") UUID delivery, Map<String, Object> nothing);

    /**
     * The event types an endpoint may ask for. Read as plain JSON: a list of names, or of objects that
     * name a type and may describe it, bare or under {@code items} ({@code notices/EventTypeChoice} reads them).
     */
    @GET
    @Path("/webhook-event-types")
    Uni<JsonNode> eventTypes();

    record UnreadCount(long unread) {
    }

    record Preferences(List<NoticePreference> items) {

        public Preferences {
            items = items == null ? List.of() : items;
        }
    }

    /** {@code IMMEDIATE}, {@code DAILY_DIGEST} or {@code OFF}. */
    record Delivery(String delivery) {
    }

    /** {@code targetType} is {@code VENDOR} or {@code PRODUCT}. */
    record NewSubscription(String targetType, UUID targetId) {
    }

    record NewWebhook(String url, List<String> eventTypes, String description) {
    }
}
