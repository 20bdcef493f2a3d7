package org.compactdpa.obligations.breaches;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An incident with the notices the caller may see (a district sees its own only). */
public record IncidentView(UUID id, UUID vendorId, OffsetDateTime discoveredAt, String summary, List<UUID> productIds,
        List<String> dataElements, String studentsAffected, String contactName, String contactEmail, String contactPhone,
        String actionsTaken, String stage, OffsetDateTime reportedAt, List<BreachNoticeView> notices) {
}
