package org.compactdpa.notices.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Queues an event for the endpoints of the organisations it concerns (in the event's transaction), and
 * shows and replays an endpoint's deliveries. One delivery per endpoint and event.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final String QUEUE = "insert into webhook_delivery (id, endpoint_id, event_id, event_type, payload,"
            + " status, next_attempt_at, created_at)"
            + " select gen_random_uuid(), e.id, $2, $3, $4, 'PENDING', now(), now() from webhook_endpoint e"
            + " where e.organisation_id = any($1) and e.status = 'ACTIVE' and $3 = any(e.event_types)"
            + " on conflict (endpoint_id, event_id) do nothing";

    private final Pool pool;
    private final ObjectMapper json;

    public WebhookDeliveries(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Void> queue(SqlClient sql, IncomingEvent event, Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery(QUEUE).execute(Tuple.tuple().addArrayOfUUID(organisations.toArray(UUID[]::new))
                .addString(event.id()).addString(event.type()).addString(cloudEvent(event))).replaceWithVoid();
    }

    /** The event as a CloudEvent in structured mode: its attributes and its data in one JSON object. */
    String cloudEvent(IncomingEvent event) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        if (event.subject() != null) {
            node.put("subject", event.subject());
        }
        if (event.time() != null) {
            node.put("time", event.time().toString());
        }
        node.put("datacontenttype", "application/json");
        try {
            JsonNode data = json.readTree(event.data());
            node.set("data", data);
            return json.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has an unreadable payload", e);
        }
    }

    public Uni<Page<DeliveryView>> list(UUID endpointId, String status, PageRequest page) {
        String where = " from webhook_delivery where endpoint_id = $1 and ($2::text is null or status = $2)";
        return pool.preparedQuery("select id, event_id, event_type, status, attempts, last_status_code, last_error,"
                        + " next_attempt_at, delivered_at, created_at" + where + " order by created_at desc, id limit $3 offset $4")
                .execute(Tuple.of(endpointId, status, page.size, (long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*) from (select 1" + where + " limit 10000) as counted")
                        .execute(Tuple.of(endpointId, status))
                        .map(count -> new Page<>(views(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    /** Sends the delivery again now, with a fresh budget of attempts and the same webhook-id. */
    public Uni<Void> replay(UUID endpointId, UUID deliveryId) {
        return pool.preparedQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now()"
                        + " where id = $1 and endpoint_id = $2").execute(Tuple.of(deliveryId, endpointId))
                .map(updated -> {
                    if (updated.rowCount() == 0) {
                        throw ProblemException.notFound("Delivery", deliveryId);
                    }
                    return null;
                });
    }

    private static List<DeliveryView> views(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<DeliveryView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new DeliveryView(row.getUUID("id"), row.getString("event_id"), row.getString("event_type"),
                row.getString("status"), row.getInteger("attempts"), row.getInteger("last_status_code"),
                row.getString("last_error"), row.getOffsetDateTime("next_attempt_at"), row.getOffsetDateTime("delivered_at"),
                row.getOffsetDateTime("created_at"))));
        return views;
    }
}
