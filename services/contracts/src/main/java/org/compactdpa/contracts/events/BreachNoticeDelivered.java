package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The vendor delivered one agreement's breach notice to its district. Key: incidentId. */
@EventType(value = "org.compactdpa.breach.notice-delivered.v1", topic = Topics.OBLIGATIONS)
public record BreachNoticeDelivered(UUID noticeId, UUID incidentId, UUID agreementId, UUID vendorId, UUID districtId,
        UUID consortiumId, Instant deadline, boolean late, Instant deliveredAt) {
}
