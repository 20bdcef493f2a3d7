package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.NegotiationComment;
import org.compactdpa.templates.domain.Party;
import org.compactdpa.templates.repository.NegotiationCommentRepository;
import org.compactdpa.templates.repository.ProposalRepository;
import org.compactdpa.templates.rest.api.NewNegotiationComment;

/** Threaded comments in a negotiation, by either side, on the negotiation or on one of its proposals. */
@ApplicationScoped
public class NegotiationCommentService {

    private final NegotiationLookup lookup;
    private final ProposalRepository proposals;
    private final NegotiationCommentRepository comments;
    private final TemplateAccess access;
    private final Caller caller;

    public NegotiationCommentService(NegotiationLookup lookup, ProposalRepository proposals,
            NegotiationCommentRepository comments, TemplateAccess access, Caller caller) {
        this.lookup = lookup;
        this.proposals = proposals;
        this.comments = comments;
        this.access = access;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<NegotiationComment> comment(UUID negotiationId, NewNegotiationComment input) {
        return lookup.find(negotiationId).flatMap(n -> {
            Party party = access.partyIn(n);
            NegotiationComment c = new NegotiationComment();
            c.id = UUID.randomUUID();
            c.negotiationId = n.id;
            c.proposalId = input.proposalId();
            c.replyTo = input.replyTo();
            c.party = party;
            c.author = caller.subject();
            c.text = input.text();
            c.createdAt = Instant.now();
            Uni<Void> proposal = input.proposalId() == null ? Uni.createFrom().voidItem()
                    : proposals.findById(input.proposalId()).map(p -> {
                        if (p == null || !p.negotiationId.equals(n.id)) {
                            throw ProblemException.unprocessable("proposalId", "No proposal " + input.proposalId()
                                    + " in this negotiation");
                        }
                        return null;
                    });
            Uni<Void> parent = input.replyTo() == null ? Uni.createFrom().voidItem()
                    : comments.findById(input.replyTo()).map(p -> {
                        if (p == null || !p.negotiationId.equals(n.id)) {
                            throw ProblemException.unprocessable("replyTo", "No comment " + input.replyTo()
                                    + " in this negotiation");
                        }
                        return null;
                    });
            return proposal.flatMap(ok -> parent).flatMap(ok -> comments.persist(c));
        });
    }
}
