package org.compactdpa.messaging.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A parked outbox row, as listed to an operator: enough to find the cause, never the payload. */
public record ParkedEvent(UUID id, String type, String topic, String aggregateId, int attempts, String lastError,
        OffsetDateTime occurredAt, OffsetDateTime parkedAt) {
}
