package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The district acknowledged the breach notice it received. Key: incidentId. */
@EventType(value = "org.compactdpa.breach.acknowledged.v1", topic = Topics.OBLIGATIONS)
public record BreachAcknowledged(UUID noticeId, UUID incidentId, UUID agreementId, UUID vendorId, UUID districtId,
        Instant acknowledgedAt) {
}
