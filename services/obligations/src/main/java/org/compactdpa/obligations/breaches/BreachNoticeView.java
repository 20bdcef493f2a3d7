package org.compactdpa.obligations.breaches;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One agreement's breach notice: due by {@code deadline}; {@code overdue} once the deadline passed without
 * delivery (it stays flagged, and a delivery after it is {@code late}).
 */
public record BreachNoticeView(UUID id, UUID incidentId, UUID agreementId, UUID vendorId, UUID districtId, UUID consortiumId,
        int breachNoticeHours, OffsetDateTime deadline, String status, boolean overdue, OffsetDateTime overdueAt,
        OffsetDateTime deliveredAt, boolean late, String content, OffsetDateTime acknowledgedAt) {
}
