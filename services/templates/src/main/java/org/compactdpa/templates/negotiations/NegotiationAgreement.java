package org.compactdpa.templates.negotiations;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.templates.TemplateContent;
import org.compactdpa.templates.terms.TermsService;

/**
 * The end of a negotiation: each side agrees once, after every proposal is decided, and the second
 * agreement freezes the terms (the standard with the accepted changes) and closes it.
 */
@ApplicationScoped
public class NegotiationAgreement {

    private final NegotiationLookup lookup;
    private final TermsService terms;
    private final Caller caller;
    private final Clock clock;

    public NegotiationAgreement(NegotiationLookup lookup, TermsService terms, Caller caller, Clock clock) {
        this.lookup = lookup;
        this.terms = terms;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<NegotiationView> agree(UUID negotiationId) {
        return lookup.findOpen(negotiationId).flatMap(n -> {
            Party party = lookup.partyIn(n);
            n.requireNotYetAgreedBy(party);
            return Proposal.openIn(n.id).flatMap(open -> {
                if (open > 0) {
                    throw ProblemException.conflict(open + " proposal(s) are still open; accept, reject or counter them first");
                }
                n.agree(party, caller.subject(), clock.instant());
                return n.agreedBy(party.other()) ? freeze(n) : Uni.createFrom().item(n);
            });
        }).map(NegotiationView::of);
    }

    private Uni<Negotiation> freeze(Negotiation n) {
        return lookup.standardOf(n).flatMap(standard -> Proposal.accepted(n.id).flatMap(accepted -> {
            TemplateContent agreed = ProposalRules.apply(standard.content(), accepted);
            return terms.freezeNegotiated(standard, agreed, ProposalKind.classify(accepted.stream().map(p -> p.kind).toList()),
                    n.id, n.vendorId, n.products.stream().map(UUID::fromString).toList());
        })).map(frozen -> {
            n.conclude(frozen.id());
            return n;
        });
    }
}
