package org.compactdpa.templates.negotiations;

import java.time.Instant;
import java.util.UUID;

/** A proposal as the API shows it, with the decision once there is one. */
public record ProposalView(UUID id, UUID negotiationId, String clauseKey, ProposalKind kind, String text, String title,
        String rationale, Party party, ProposalStatus status, UUID counterOf, String proposedBy, String decidedBy,
        Instant decidedAt, Instant createdAt) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.negotiationId, p.clauseKey, p.kind, p.text, p.title, p.rationale, p.party,
                p.status, p.counterOf, p.proposedBy, p.decidedBy, p.decidedAt, p.createdAt);
    }
}
