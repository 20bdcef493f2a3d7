package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A district asked for the return or destruction of its data under an agreement, due by the deadline
 * (request + the terms' disposition days). Key: requestId.
 */
@EventType(value = "org.compactdpa.disposition.requested.v1", topic = Topics.OBLIGATIONS)
public record DispositionRequested(UUID requestId, UUID agreementId, UUID districtId, UUID vendorId, UUID consortiumId,
        String action, List<UUID> productIds, String requestSha256, Instant deadline, Instant requestedAt) {
}
