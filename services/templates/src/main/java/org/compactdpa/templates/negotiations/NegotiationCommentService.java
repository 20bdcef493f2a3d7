package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/** Threaded comments in a negotiation, by either side, on the negotiation or on one of its proposals. */
@ApplicationScoped
public class NegotiationCommentService {

    private final NegotiationLookup lookup;
    private final Caller caller;
    private final Clock clock;

    public NegotiationCommentService(NegotiationLookup lookup, Caller caller, Clock clock) {
        this.lookup = lookup;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<NegotiationCommentView> comment(UUID negotiationId, NewNegotiationComment input) {
        return lookup.find(negotiationId).flatMap(n -> {
            Party party = lookup.partyIn(n);
            NegotiationComment c = new NegotiationComment();
            c.id = UUID.randomUUID();
            c.negotiationId = n.id;
            c.proposalId = input.proposalId();
            c.replyTo = input.replyTo();
            c.party = party;
            c.author = caller.subject();
            c.text = input.text();
            c.createdAt = clock.instant();
            return requireProposalIn(n, input.proposalId()).flatMap(ok -> requireCommentIn(n, input.replyTo()))
                    .flatMap(ok -> c.<NegotiationComment>persist());
        }).map(NegotiationCommentView::of);
    }

    /** A comment on a proposal names one of this negotiation. */
    private static Uni<Void> requireProposalIn(Negotiation n, UUID proposalId) {
        if (proposalId == null) {
            return Uni.createFrom().voidItem();
        }
        return Proposal.<Proposal>findById(proposalId).invoke(p -> {
            if (p == null || !p.negotiationId.equals(n.id)) {
                throw ProblemException.unprocessable("proposalId", "No proposal " + proposalId + " in this negotiation");
            }
        }).replaceWithVoid();
    }

    /** A reply answers a comment of this negotiation. */
    private static Uni<Void> requireCommentIn(Negotiation n, UUID replyTo) {
        if (replyTo == null) {
            return Uni.createFrom().voidItem();
        }
        return NegotiationComment.<NegotiationComment>findById(replyTo).invoke(c -> {
            if (c == null || !c.negotiationId.equals(n.id)) {
                throw ProblemException.unprocessable("replyTo", "No comment " + replyTo + " in this negotiation");
            }
        }).replaceWithVoid();
    }
}
