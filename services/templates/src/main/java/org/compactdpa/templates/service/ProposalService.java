package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.ProposalEvent;
import org.compactdpa.contracts.events.ProposalEvents;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.Negotiation;
import org.compactdpa.templates.domain.Party;
import org.compactdpa.templates.domain.Proposal;
import org.compactdpa.templates.domain.ProposalKind;
import org.compactdpa.templates.domain.ProposalStatus;
import org.compactdpa.templates.repository.ProposalRepository;
import org.compactdpa.templates.rest.api.CounterProposal;
import org.compactdpa.templates.rest.api.NewProposal;

/**
 * Proposals inside an open negotiation: either side proposes a change to one clause, and the other
 * side accepts, rejects or counters it, once. Every step is announced.
 */
@ApplicationScoped
public class ProposalService {

    private final NegotiationLookup lookup;
    private final ProposalRepository proposals;
    private final TemplateAccess access;
    private final Outbox outbox;
    private final Caller caller;

    public ProposalService(NegotiationLookup lookup, ProposalRepository proposals, TemplateAccess access, Outbox outbox,
            Caller caller) {
        this.lookup = lookup;
        this.proposals = proposals;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<Proposal> propose(UUID negotiationId, NewProposal input) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = access.partyIn(n);
            return lookup.standard(n).flatMap(content -> {
                ProposalRules.validate(content, input);
                return proposals.list("negotiationId = ?1 and clauseKey = ?2 and status in (?3)", negotiationId,
                        input.clauseKey(), List.of(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED));
            }).flatMap(sameClause -> {
                ProposalRules.requireNoClash(input, sameClause);
                return save(n, party, input.clauseKey(), input.kind(), input.text(), input.title(), input.rationale(), null);
            }).call(p -> outbox.publish(n.id, new ProposalEvents.Made(event(p))));
        });
    }

    @WithTransaction
    public Uni<Proposal> decide(UUID negotiationId, UUID proposalId, ProposalStatus decision) {
        return pending(negotiationId, proposalId).flatMap(ctx -> {
            ctx.proposal.status = decision;
            ctx.proposal.decidedBy = caller.subject();
            ctx.proposal.decidedAt = Instant.now();
            Object evt = decision == ProposalStatus.ACCEPTED ? new ProposalEvents.Accepted(event(ctx.proposal))
                    : new ProposalEvents.Rejected(event(ctx.proposal));
            return outbox.publish(negotiationId, evt).replaceWith(ctx.proposal);
        });
    }

    @WithTransaction
    public Uni<Proposal> counter(UUID negotiationId, UUID proposalId, CounterProposal input) {
        return pending(negotiationId, proposalId).flatMap(ctx -> {
            Proposal original = ctx.proposal;
            if (original.kind == ProposalKind.DELETE) {
                throw ProblemException.unprocessable("proposalId", "A deletion is accepted or rejected, not countered");
            }
            original.status = ProposalStatus.COUNTERED;
            original.decidedBy = caller.subject();
            original.decidedAt = Instant.now();
            return save(ctx.negotiation, ctx.party, original.clauseKey, original.kind, input.text(), original.title,
                    input.rationale(), original.id)
                    .call(p -> outbox.publish(negotiationId, new ProposalEvents.Countered(event(original))))
                    .call(p -> outbox.publish(negotiationId, new ProposalEvents.Made(event(p))));
        });
    }

    private Uni<Proposal> save(Negotiation n, Party party, String key, ProposalKind kind, String text, String title,
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
        p.createdAt = Instant.now();
        return proposals.persist(p);
    }

    private record Pending(Negotiation negotiation, Proposal proposal, Party party) {
    }

    /** An open proposal the caller may decide: it must come from the other side. */
    private Uni<Pending> pending(UUID negotiationId, UUID proposalId) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = access.partyIn(n);
            return proposals.findById(proposalId).map(p -> {
                if (p == null || !p.negotiationId.equals(n.id)) {
                    throw ProblemException.notFound("Proposal", proposalId);
                }
                if (p.party == party) {
                    throw ProblemException.conflict("The other side decides this proposal, not its author's side");
                }
                if (!p.status.canBecome(ProposalStatus.ACCEPTED)) {
                    throw ProblemException.conflict("Proposal " + proposalId + " is already " + p.status);
                }
                return new Pending(n, p, party);
            });
        });
    }

    private static ProposalEvent event(Proposal p) {
        return new ProposalEvent(p.negotiationId, p.id, p.clauseKey, p.kind.name(), p.party.name(), p.status.name(),
                p.counterOf, Instant.now());
    }
}
