package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * District staff asked to use a product. {@code status} says whether an active general offer
 * covers it (OFFER_AVAILABLE, with {@code offerAgreementId}) or it waits for the coordinators (QUEUED).
 * Key: requestId.
 */
@EventType(value = "org.compactdpa.app-request.submitted.v1", topic = Topics.DISTRICTS)
public record AppRequestSubmitted(UUID requestId, UUID districtId, UUID productId, String productName, String status,
        UUID offerAgreementId, Instant submittedAt) {
}
