package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The district recorded the audit's outcome and closed it. Key: auditId. */
@EventType(value = "org.compactdpa.audit.closed.v1", topic = Topics.OBLIGATIONS)
public record AuditClosed(UUID auditId, UUID agreementId, UUID districtId, UUID vendorId, int findings,
        int remediationItems, Instant closedAt) {
}
