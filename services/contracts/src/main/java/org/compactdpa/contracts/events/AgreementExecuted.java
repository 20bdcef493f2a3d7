package org.compactdpa.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Both parties signed: the agreement is in force from {@code effectiveOn} until {@code expiresOn}.
 * With {@code generalOffer}, every district in scope (state, consortium) may adopt it. Key: agreementId.
 */
@EventType(value = "org.compactdpa.agreement.executed.v1", topic = Topics.AGREEMENTS)
public record AgreementExecuted(UUID agreementId, UUID vendorId, String vendorName, UUID districtId, UUID consortiumId,
        String state, List<AgreementProduct> products, boolean generalOffer, LocalDate effectiveOn,
        LocalDate expiresOn, Instant executedAt) {
}
