package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vendor reported a breach: one notice is owed per affected agreement, each by its own deadline
 * (discovery + the agreement's breach notice hours). Key: incidentId.
 */
@EventType(value = "org.compactdpa.breach.reported.v1", topic = Topics.OBLIGATIONS)
public record BreachReported(UUID incidentId, UUID vendorId, String summary, Instant discoveredAt, List<UUID> productIds,
        List<OwedNotice> notices, Instant reportedAt) {

    /** One agreement's notice: to whom and by when. */
    public record OwedNotice(UUID noticeId, UUID agreementId, UUID districtId, UUID consortiumId, Instant deadline) {
    }
}
