package org.compactdpa.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A district gave notice of an audit; it may start no earlier than {@code earliestStart}. Key: auditId. */
@EventType(value = "org.compactdpa.audit.noticed.v1", topic = Topics.OBLIGATIONS)
public record AuditNoticed(UUID auditId, UUID agreementId, UUID districtId, UUID vendorId, String scope,
        LocalDate earliestStart, LocalDate proposedStart, LocalDate proposedEnd, Instant noticedAt) {
}
