package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An app request reached an outcome (a coordinator's decision, or the product became approved). Key: requestId. */
@EventType(value = "org.compactdpa.app-request.resolved.v1", topic = Topics.DISTRICTS)
public record AppRequestResolved(UUID requestId, UUID districtId, UUID productId, String outcome, String note,
        Instant resolvedAt) {
}
