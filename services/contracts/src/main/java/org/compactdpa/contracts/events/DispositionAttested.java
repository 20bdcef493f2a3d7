package org.compactdpa.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The vendor attested that it returned or destroyed the data as requested. Key: requestId. */
@EventType(value = "org.compactdpa.disposition.attested.v1", topic = Topics.OBLIGATIONS)
public record DispositionAttested(UUID requestId, UUID agreementId, UUID districtId, UUID vendorId, String method,
        LocalDate completedOn, String signerName, boolean late, Instant attestedAt) {
}
