package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.TermsClause;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.domain.CanonicalForm;
import org.compactdpa.templates.domain.Classification;
import org.compactdpa.templates.domain.Template;
import org.compactdpa.templates.domain.TemplateContent;
import org.compactdpa.templates.domain.TemplateVersion;
import org.compactdpa.templates.domain.TermsPackage;
import org.compactdpa.templates.domain.TermsText;
import org.compactdpa.templates.repository.TermsRepository;

/** Freezes terms (from a negotiation or straight from a published version) and announces them. */
@ApplicationScoped
public class TermsService {

    private final TermsRepository terms;
    private final ContentCodec codec;
    private final Outbox outbox;

    public TermsService(TermsRepository terms, ContentCodec codec, Outbox outbox) {
        this.terms = terms;
        this.codec = codec;
        this.outbox = outbox;
    }

    /** Must run in the caller's transaction. */
    public Uni<TermsPackage> freeze(Template template, TemplateVersion version, TemplateContent content,
            Classification classification, UUID negotiationId, UUID vendorId, List<UUID> productIds) {
        TermsPackage p = new TermsPackage();
        p.id = UUID.randomUUID();
        p.templateId = template.id;
        p.versionId = version.id;
        p.negotiationId = negotiationId;
        p.consortiumId = template.consortiumId;
        p.vendorId = vendorId;
        p.state = template.state;
        p.content = codec.write(content);
        p.text = TermsText.render(template.name, version.number, content);
        p.contentHash = CanonicalForm.sha256(content);
        p.classification = classification;
        p.generalOfferEligible = classification.allowsGeneralOffer() && content.generalOfferAllowed();
        p.createdAt = Instant.now();
        var params = content.parameters();
        return terms.persist(p).call(saved -> outbox.publish(p.id, new TermsAgreed(p.id, template.id, template.name,
                version.number, negotiationId, template.consortiumId, vendorId, productIds, template.state,
                content.clauses().stream().map(c -> new TermsClause(c.key(), c.section(), c.title(), c.text())).toList(),
                params.breachNoticeHours(), params.dispositionDays(), params.termYears(),
                params.auditNoticeBusinessDays(), params.governingState(), content.laws(), content.stateRegulations(),
                classification.name(), p.generalOfferEligible, p.contentHash, p.text, p.createdAt)));
    }

    @WithSession
    public Uni<TermsPackage> find(UUID id) {
        return terms.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Terms", id));
    }
}
