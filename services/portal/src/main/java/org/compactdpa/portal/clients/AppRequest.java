package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/** A district's request to use a product, and its answer so far. */
@TemplateData
public record AppRequest(UUID id, UUID districtId, UUID productId, String productName, String purpose, String status,
        UUID offerAgreementId, String answer, Instant requestedAt, Instant resolvedAt, String resolutionNote) {
}
