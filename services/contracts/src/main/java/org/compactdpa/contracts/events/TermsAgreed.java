package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Law;

/**
 * Terms are frozen: everything the signatures service needs to render and hash the document on its
 * own, years later, without asking templates. {@code vendorId} and {@code negotiationId} are null
 * for STANDARD terms issued straight from a published version. Key: termsId.
 */
@EventType(value = "org.compactdpa.terms.agreed.v1", topic = Topics.TEMPLATES)
public record TermsAgreed(UUID termsId, UUID templateId, String templateName, int version, UUID negotiationId,
        UUID consortiumId, UUID vendorId, List<UUID> productIds, String state, List<TermsClause> clauses,
        int breachNoticeHours, int dispositionDays, int termYears, int auditNoticeBusinessDays, String governingState,
        List<Law> laws, List<String> stateRegulations, String classification, boolean generalOfferEligible,
        String contentHash, String text, Instant agreedAt) {
}
