package org.compactdpa.notices.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event's delivery to one endpoint, over all its attempts. */
public record DeliveryView(UUID id, String eventId, String eventType, String status, int attempts, Integer lastStatusCode,
        String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
}
