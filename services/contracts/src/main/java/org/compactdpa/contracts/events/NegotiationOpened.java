package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consortium and a vendor started negotiating a published version for some products. Key: negotiationId. */
@EventType(value = "org.compactdpa.negotiation.opened.v1", topic = Topics.TEMPLATES)
public record NegotiationOpened(UUID negotiationId, UUID templateId, int version, UUID consortiumId, UUID vendorId,
        List<UUID> productIds, Instant openedAt) {
}
