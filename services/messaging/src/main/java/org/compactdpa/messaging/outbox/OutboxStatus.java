package org.compactdpa.messaging.outbox;

import java.time.OffsetDateTime;

/**
 * The outbox as an operator sees it. {@code pending}: not yet published and not parked (it includes
 * {@code blocked}, the rows waiting behind a parked row of their aggregate); {@code parked}: set aside
 * until someone requeues them. Ages count from the event's occurrence.
 */
public record OutboxStatus(long pending, long parked, long blocked, long published,
        OffsetDateTime oldestPendingSince, Long oldestPendingAgeSeconds, String lastError) {
}
