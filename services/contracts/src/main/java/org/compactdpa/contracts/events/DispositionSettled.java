package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The district accepted the vendor's attestation ({@code outcome} ACCEPTED) or disputed it (DISPUTED, with a reason). Key: requestId. */
@EventType(value = "org.compactdpa.disposition.settled.v1", topic = Topics.OBLIGATIONS)
public record DispositionSettled(UUID requestId, UUID agreementId, UUID districtId, UUID vendorId, String outcome,
        String reason, Instant settledAt) {
}
