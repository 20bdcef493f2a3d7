package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposal's step in a negotiation. One record, four types (see {@link ProposalEvents}):
 * made, accepted, rejected, countered. Key: negotiationId.
 */
public record ProposalEvent(UUID negotiationId, UUID proposalId, String clauseKey, String kind, String party,
        String status, UUID counterOf, Instant at) {
}
