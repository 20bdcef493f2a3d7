package org.compactdpa.templates.service;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.domain.Negotiation;
import org.compactdpa.templates.domain.Proposal;
import org.compactdpa.templates.domain.ProposalStatus;
import org.compactdpa.templates.domain.TemplateContent;
import org.compactdpa.templates.domain.TemplateVersion;
import org.compactdpa.templates.repository.NegotiationRepository;
import org.compactdpa.templates.repository.ProposalRepository;

/** How the negotiation services find a negotiation, the standard it started from and what is accepted so far. */
@ApplicationScoped
class NegotiationLookup {

    private final TemplateService templates;
    private final NegotiationRepository negotiations;
    private final ProposalRepository proposals;
    private final ContentCodec codec;

    NegotiationLookup(TemplateService templates, NegotiationRepository negotiations, ProposalRepository proposals,
            ContentCodec codec) {
        this.templates = templates;
        this.negotiations = negotiations;
        this.proposals = proposals;
        this.codec = codec;
    }

    Uni<Negotiation> find(UUID id) {
        return negotiations.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Negotiation", id));
    }

    /**
     * The open negotiation, its row locked until the transaction ends: proposals, decisions and
     * agreements on one negotiation run one after the other, so two agreements at the same moment
     * cannot both miss that the other side agreed (and leave no terms).
     */
    Uni<Negotiation> findOpen(UUID id) {
        return negotiations.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Negotiation", id)).invoke(n -> {
            if (!Negotiation.OPEN.equals(n.status)) {
                throw ProblemException.conflict("Negotiation " + id + " has ended: its terms are agreed");
            }
        });
    }

    Uni<TemplateService.Located> versionOf(Negotiation n) {
        return templates.template(n.templateId).flatMap(t -> negotiations.getSession()
                .flatMap(s -> s.find(TemplateVersion.class, n.versionId))
                .map(v -> new TemplateService.Located(t, v)));
    }

    Uni<TemplateContent> standard(Negotiation n) {
        return negotiations.getSession()
                .flatMap(s -> s.find(TemplateVersion.class, n.versionId))
                .map(v -> codec.read(v.content));
    }

    Uni<List<Proposal>> accepted(Negotiation n) {
        return proposals.list("negotiationId = ?1 and status = ?2", Sort.ascending("createdAt").and("id"), n.id,
                ProposalStatus.ACCEPTED);
    }
}
