package org.compactdpa.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The dates of an audit: confirmed by the vendor, or proposed by it ({@code status} CONFIRMED or RESCHEDULE_PROPOSED). Key: auditId. */
@EventType(value = "org.compactdpa.audit.scheduled.v1", topic = Topics.OBLIGATIONS)
public record AuditScheduled(UUID auditId, UUID agreementId, UUID districtId, UUID vendorId, String status,
        LocalDate start, LocalDate end, Instant at) {
}
