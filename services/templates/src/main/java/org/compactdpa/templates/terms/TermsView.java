package org.compactdpa.templates.terms;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.templates.templates.TemplateContent;

public record TermsView(UUID id, UUID templateId, UUID versionId, UUID negotiationId, UUID consortiumId, UUID vendorId,
        String state, Classification classification, boolean generalOfferEligible, String contentHash, String text,
        TemplateContent content, Instant createdAt) {

    static TermsView of(TermsPackage p, TemplateContent content) {
        return new TermsView(p.id, p.templateId, p.versionId, p.negotiationId, p.consortiumId, p.vendorId, p.state,
                p.classification, p.generalOfferEligible, p.contentHash, p.text, content, p.createdAt);
    }
}
