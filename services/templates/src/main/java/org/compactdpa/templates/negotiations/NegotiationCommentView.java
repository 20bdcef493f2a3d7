package org.compactdpa.templates.negotiations;

import java.time.Instant;
import java.util.UUID;

public record NegotiationCommentView(UUID id, UUID negotiationId, UUID proposalId, UUID replyTo, Party party,
        String author, String text, Instant createdAt) {

    static NegotiationCommentView of(NegotiationComment c) {
        return new NegotiationCommentView(c.id, c.negotiationId, c.proposalId, c.replyTo, c.party, c.author, c.text,
                c.createdAt);
    }
}
