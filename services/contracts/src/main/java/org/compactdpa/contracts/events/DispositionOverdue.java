package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A disposition request's deadline passed without an attestation; announced once. Key: requestId. */
@EventType(value = "org.compactdpa.disposition.overdue.v1", topic = Topics.OBLIGATIONS)
public record DispositionOverdue(UUID requestId, UUID agreementId, UUID districtId, UUID vendorId, UUID consortiumId,
        Instant deadline, Instant flaggedAt) {
}
