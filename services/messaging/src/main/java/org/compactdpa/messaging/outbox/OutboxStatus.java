package org.compactdpa.messaging.outbox;

import java.time.OffsetDateTime;
import org.compactdpa.messaging.deadletters.DeadLetterSummary;

/**
 * The outbox as an operator sees it. {@code pending}: not yet published and not parked (it includes
 * {@code blocked}, the rows waiting behind a parked row of their aggregate); {@code parked}: set aside
 * until someone requeues them. Ages count from the event's occurrence. {@code deadLetters}: the other
 * direction, events this service received and could not handle (absent in a service that consumes none).
 */
public record OutboxStatus(long pending, long parked, long blocked, long published,
        OffsetDateTime oldestPendingSince, Long oldestPendingAgeSeconds, String lastError,
        DeadLetterSummary deadLetters) {

    OutboxStatus withDeadLetters(DeadLetterSummary summary) {
        return new OutboxStatus(pending, parked, blocked, published, oldestPendingSince, oldestPendingAgeSeconds,
                lastError, summary);
    }
}
