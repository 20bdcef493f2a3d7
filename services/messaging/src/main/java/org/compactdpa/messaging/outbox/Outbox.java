package org.compactdpa.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.compactdpa.contracts.events.EventType;
import org.compactdpa.contracts.events.Events;

/**
 * The only way a service publishes an event: the event becomes a row written in the caller's
 * transaction, so it exists if and only if the business change committed. {@link OutboxRelay}
 * sends it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Records an event about the aggregate with this id. Must run inside a transaction
     * (a service method annotated {@code @WithTransaction}); otherwise it fails rather than
     * publish something that might not have happened.
     */
    public Uni<UUID> publish(Object aggregateId, Object event) {
        EventType type = Events.typeOf(event.getClass());
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("Cannot serialise " + event, e));
        }
        OutboxEvent row = new OutboxEvent(UUID.randomUUID(), type.topic(), type.value(), String.valueOf(aggregateId),
                payload, Instant.now());
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Outbox.publish must run inside the transaction of the change it announces"))
                .flatMap(tx -> row.persist())
                .replaceWith(row.id);
    }

    /**
     * The same for a service that writes with the SQL client: {@code sql} must be the connection of the
     * transaction that makes the change.
     */
    public Uni<UUID> publish(SqlClient sql, Object aggregateId, Object event) {
        EventType type = Events.typeOf(event.getClass());
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("Cannot serialise " + event, e));
        }
        UUID id = UUID.randomUUID();
        return sql.preparedQuery("insert into outbox_event (id, topic, event_type, aggregate_id, payload, occurred_at)"
                        + " values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple().addUUID(id).addString(type.topic()).addString(type.value())
                        .addString(String.valueOf(aggregateId)).addString(payload)
                        .addOffsetDateTime(Instant.now().atOffset(ZoneOffset.UTC)))
                .replaceWith(id);
    }
}
