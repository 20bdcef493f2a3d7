package org.compactdpa.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** A reminder: the agreement expires in {@code daysLeft} days (sent at 90, 30 and 7). Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.expiring.v1", topic = Topics.AGREEMENTS)
public record AgreementExpiring(UUID agreementId, UUID districtId, UUID vendorId, LocalDate expiresOn, int daysLeft) {
}
