package org.compactdpa.messaging.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in the outbox. Only ever inserted through the ORM; the relay reads and marks
 * rows with plain SQL (see {@link OutboxRelay}). The table's {@code position} column (a sequence)
 * keeps the publishing order and is filled by the database.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String topic;

    public String eventType;

    public String aggregateId;

    public String payload;

    public Instant occurredAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String eventType, String aggregateId, String payload, Instant occurredAt) {
        this.id = id;
        this.topic = topic;
        this.eventType = eventType;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }
}
