package org.compactdpa.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscribing district adopted a general offer with one signature: the adoption is an executed
 * agreement of its own ({@code agreementId}), bound to the original's terms and expiry. Key: agreementId.
 */
@EventType(value = "org.compactdpa.agreement.adopted.v1", topic = Topics.AGREEMENTS)
public record AgreementAdopted(UUID agreementId, UUID originAgreementId, UUID vendorId, String vendorName,
        UUID districtId, UUID consortiumId, String state, List<AgreementProduct> products, LocalDate effectiveOn,
        LocalDate expiresOn, Instant adoptedAt) {
}
