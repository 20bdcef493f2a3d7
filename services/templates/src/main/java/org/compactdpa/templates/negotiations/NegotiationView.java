package org.compactdpa.templates.negotiations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A negotiation as the API shows it: who, on what, and how far each side has agreed. */
public record NegotiationView(UUID id, UUID templateId, UUID versionId, UUID consortiumId, UUID vendorId,
        List<String> products, NegotiationStatus status, Instant consortiumAgreedAt, String consortiumAgreedBy,
        Instant vendorAgreedAt, String vendorAgreedBy, UUID termsId, Instant createdAt, String createdBy) {

    static NegotiationView of(Negotiation n) {
        return new NegotiationView(n.id, n.templateId, n.versionId, n.consortiumId, n.vendorId, n.products, n.status,
                n.consortiumAgreedAt, n.consortiumAgreedBy, n.vendorAgreedAt, n.vendorAgreedBy, n.termsId, n.createdAt,
                n.createdBy);
    }
}
