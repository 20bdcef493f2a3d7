package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.contracts.events.ProposalEvent;
import org.compactdpa.contracts.events.ProposalEvents;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Proposals inside an open negotiation: either side proposes a change to one clause, and the other
 * side accepts, rejects or counters it, once. Every step is announced.
 */
@ApplicationScoped
public class ProposalService {

    private final NegotiationLookup lookup;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ProposalService(NegotiationLookup lookup, Outbox outbox, Caller caller, Clock clock) {
        this.lookup = lookup;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ProposalView> propose(UUID negotiationId, NewProposal input) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = lookup.partyIn(n);
            return lookup.standardOf(n).flatMap(standard -> {
                ProposalRules.validate(standard.content(), input);
                return Proposal.standingOn(n.id, input.clauseKey());
            }).flatMap(sameClause -> {
                ProposalRules.requireNoClash(input, sameClause);
                return proposal(n, party, input.clauseKey(), input.kind(), input.text(), input.title(),
                        input.rationale(), null).<Proposal>persist();
            }).call(p -> outbox.publish(n.id, new ProposalEvents.Made(event(p))));
        }).map(ProposalView::of);
    }

    /** Accepts or rejects the other side's open proposal. */
    @WithTransaction
    public Uni<ProposalView> decide(UUID negotiationId, UUID proposalId, ProposalStatus decision) {
        return pending(negotiationId, proposalId, decision).call(ctx -> decision == ProposalStatus.ACCEPTED
                ? withinSize(ctx) : Uni.createFrom().voidItem()).flatMap(ctx -> {
            Proposal p = ctx.proposal();
            p.decide(decision, caller.subject(), clock.instant());
            Object evt = decision == ProposalStatus.ACCEPTED ? new ProposalEvents.Accepted(event(p))
                    : new ProposalEvents.Rejected(event(p));
            return outbox.publish(negotiationId, evt).replaceWith(ProposalView.of(p));
        });
    }

    /** Answers the other side's open proposal with other text for the same clause: a new proposal. */
    @WithTransaction
    public Uni<ProposalView> counter(UUID negotiationId, UUID proposalId, CounterProposal input) {
        return pending(negotiationId, proposalId, ProposalStatus.COUNTERED).flatMap(ctx -> {
            Proposal original = ctx.proposal();
            if (original.kind == ProposalKind.DELETE) {
                throw ProblemException.unprocessable("proposalId", "A deletion is accepted or rejected, not countered");
            }
            original.decide(ProposalStatus.COUNTERED, caller.subject(), clock.instant());
            return proposal(ctx.negotiation(), ctx.party(), original.clauseKey, original.kind, input.text(),
                    original.title, input.rationale(), original.id).<Proposal>persist()
                    .call(p -> outbox.publish(negotiationId, new ProposalEvents.Countered(event(original))))
                    .call(p -> outbox.publish(negotiationId, new ProposalEvents.Made(event(p))));
        }).map(ProposalView::of);
    }

    private Uni<Void> withinSize(Pending ctx) {
        return lookup.standardOf(ctx.negotiation()).flatMap(standard -> Proposal.accepted(ctx.negotiation().id)
                .invoke(accepted -> ProposalRules.requireWithinSize(standard.content(), accepted, ctx.proposal())))
                .replaceWithVoid();
    }

    private Proposal proposal(Negotiation n, Party party, String key, ProposalKind kind, String text, String title,
            String rationale, UUID counterOf) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.negotiationId = n.id;
        p.clauseKey = key;
        p.kind = kind;
        p.text = text;
        p.title = title;
        p.rationale = rationale;
        p.party = party;
        p.status = ProposalStatus.PROPOSED;
        p.counterOf = counterOf;
        p.proposedBy = caller.subject();
        p.createdAt = clock.instant();
        return p;
    }

    private record Pending(Negotiation negotiation, Proposal proposal, Party party) {
    }

    /** An open proposal the caller may decide: it must come from the other side and still be undecided. */
    private Uni<Pending> pending(UUID negotiationId, UUID proposalId, ProposalStatus decision) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = lookup.partyIn(n);
            return Proposal.<Proposal>findById(proposalId).map(p -> {
                if (p == null || !p.negotiationId.equals(n.id)) {
                    throw ProblemException.notFound("Proposal", proposalId);
                }
                if (p.party == party) {
                    throw ProblemException.conflict("The other side decides this proposal, not its author's side");
                }
                p.requireDecidable(decision);
                return new Pending(n, p, party);
            });
        });
    }

    private ProposalEvent event(Proposal p) {
        return new ProposalEvent(p.negotiationId, p.id, p.clauseKey, p.kind.name(), p.party.name(), p.status.name(),
                p.counterOf, clock.instant());
    }
}
