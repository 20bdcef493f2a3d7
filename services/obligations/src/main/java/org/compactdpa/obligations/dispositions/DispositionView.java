package org.compactdpa.obligations.dispositions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A disposition request: OFFERED (the agreement ended; the district may ask), REQUESTED, ATTESTED,
 * ACCEPTED or DISPUTED; {@code overdue} once its deadline passed without an attestation.
 */
public record DispositionView(UUID id, UUID agreementId, UUID districtId, UUID vendorId, UUID consortiumId, String status,
        String offeredReason, String action, List<UUID> productIds, String returnFormat, String note, String requestSha256,
        OffsetDateTime requestedAt, Integer dispositionDays, OffsetDateTime deadline, String method, LocalDate completedOn,
        String disposed, String exceptions, String signerName, OffsetDateTime attestedAt, boolean late,
        OffsetDateTime settledAt, String disputeReason, boolean overdue) {
}
