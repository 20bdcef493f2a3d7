package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agreement between a vendor and an originating district now exists and awaits signatures. Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.created.v1", topic = Topics.AGREEMENTS)
public record AgreementCreated(UUID agreementId, UUID vendorId, String vendorName, UUID districtId, UUID consortiumId,
        String state, List<AgreementProduct> products, boolean generalOffer, String termsHash, Instant createdAt) {
}
