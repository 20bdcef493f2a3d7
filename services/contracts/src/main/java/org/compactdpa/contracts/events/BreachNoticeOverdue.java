package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A breach notice's deadline passed without delivery; announced once. Key: incidentId. */
@EventType(value = "org.compactdpa.breach.notice-overdue.v1", topic = Topics.OBLIGATIONS)
public record BreachNoticeOverdue(UUID noticeId, UUID incidentId, UUID agreementId, UUID vendorId, UUID districtId,
        UUID consortiumId, Instant deadline, Instant flaggedAt) {
}
