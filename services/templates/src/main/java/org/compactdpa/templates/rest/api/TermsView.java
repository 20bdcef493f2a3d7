package org.compactdpa.templates.rest.api;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.templates.domain.Classification;
import org.compactdpa.templates.domain.TemplateContent;

public record TermsView(UUID id, UUID templateId, UUID versionId, UUID negotiationId, UUID consortiumId, UUID vendorId,
        String state, Classification classification, boolean generalOfferEligible, String contentHash, String text,
        TemplateContent content, Instant createdAt) {
}
