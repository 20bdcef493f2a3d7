package org.compactdpa.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
}
