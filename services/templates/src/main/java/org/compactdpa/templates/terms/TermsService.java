package org.compactdpa.templates.terms;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.TermsClause;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.access.TemplateAccess;
import org.compactdpa.templates.templates.CanonicalForm;
import org.compactdpa.templates.templates.ContentCodec;
import org.compactdpa.templates.templates.Parameters;
import org.compactdpa.templates.templates.TemplateContent;
import org.compactdpa.templates.templates.VersionService;
import org.compactdpa.templates.templates.VersionSnapshot;
import org.compactdpa.templates.templates.VersionStatus;

/**
 * Freezes terms, straight from a published version or from a negotiation both sides agreed to, and
 * announces them with everything a signature needs (clauses, parameters, text, hash).
 */
@ApplicationScoped
public class TermsService {

    private final VersionService versions;
    private final TemplateAccess access;
    private final ContentCodec codec;
    private final Outbox outbox;
    private final Clock clock;

    public TermsService(VersionService versions, TemplateAccess access, ContentCodec codec, Outbox outbox, Clock clock) {
        this.versions = versions;
        this.access = access;
        this.codec = codec;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A STANDARD terms package straight from a published version (no negotiation). */
    @WithTransaction
    public Uni<TermsView> issueStandard(UUID templateId, int number) {
        return versions.locate(templateId, number).flatMap(v -> {
            access.requireCoordinatorOf(v.consortiumId());
            if (v.status() != VersionStatus.PUBLISHED) {
                throw ProblemException.conflict("Terms are issued from the PUBLISHED version only; version " + number
                        + " is " + v.status());
            }
            return freeze(v, v.content(), Classification.STANDARD, null, null, List.of());
        });
    }

    /** Terms both sides of a negotiation agreed to. Must run in the caller's transaction. */
    public Uni<TermsView> freezeNegotiated(VersionSnapshot standard, TemplateContent agreed, Classification classification,
            UUID negotiationId, UUID vendorId, List<UUID> productIds) {
        return freeze(standard, agreed, classification, negotiationId, vendorId, productIds);
    }

    @WithSession
    public Uni<TermsView> find(UUID id) {
        return TermsPackage.<TermsPackage>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Terms", id))
                .map(p -> TermsView.of(p, codec.read(p.content)));
    }

    private Uni<TermsView> freeze(VersionSnapshot standard, TemplateContent content, Classification classification,
            UUID negotiationId, UUID vendorId, List<UUID> productIds) {
        TermsPackage p = new TermsPackage();
        p.id = UUID.randomUUID();
        p.templateId = standard.templateId();
        p.versionId = standard.versionId();
        p.negotiationId = negotiationId;
        p.consortiumId = standard.consortiumId();
        p.vendorId = vendorId;
        p.state = standard.state();
        p.content = codec.write(content);
        p.text = TermsText.render(standard.templateName(), standard.number(), content);
        p.contentHash = CanonicalForm.sha256(content);
        p.classification = classification;
        p.generalOfferEligible = classification.allowsGeneralOffer() && content.generalOfferAllowed();
        p.createdAt = clock.instant();
        return p.persist().call(saved -> outbox.publish(p.id, agreed(p, standard, content, productIds)))
                .map(saved -> TermsView.of(p, content));
    }

    private static TermsAgreed agreed(TermsPackage p, VersionSnapshot standard, TemplateContent content,
            List<UUID> productIds) {
        Parameters params = content.parameters();
        return new TermsAgreed(p.id, p.templateId, standard.templateName(), standard.number(), p.negotiationId,
                p.consortiumId, p.vendorId, productIds, p.state,
                content.clauses().stream().map(c -> new TermsClause(c.key(), c.section(), c.title(), c.text())).toList(),
                params.breachNoticeHours(), params.dispositionDays(), params.termYears(),
                params.auditNoticeBusinessDays(), params.governingState(), content.laws(), content.stateRegulations(),
                p.classification.name(), p.generalOfferEligible, p.contentHash, p.text, p.createdAt);
    }
}
