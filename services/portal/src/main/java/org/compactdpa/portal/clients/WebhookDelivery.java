package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/** One event sent (or being sent) to an endpoint; {@code status} PENDING, DELIVERED or FAILED. */
@TemplateData
public record WebhookDelivery(UUID id, UUID eventId, String eventType, String status, int attempts,
        Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
}
