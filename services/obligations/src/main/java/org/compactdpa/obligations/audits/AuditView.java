package org.compactdpa.obligations.audits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An audit: NOTICED, RESCHEDULE_PROPOSED (the vendor's dates), CONFIRMED, CLOSED. */
public record AuditView(UUID id, UUID agreementId, UUID districtId, UUID vendorId, UUID consortiumId, String status,
        String scope, int noticeBusinessDays, OffsetDateTime noticedAt, LocalDate earliestStart, LocalDate proposedStart,
        LocalDate proposedEnd, LocalDate start, LocalDate end, String findings, List<OutcomeInput.Remediation> remediation,
        OffsetDateTime closedAt) {
}
