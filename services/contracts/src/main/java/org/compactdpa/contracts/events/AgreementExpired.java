package org.compactdpa.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** The agreement (or adoption) reached its expiry and is no longer in force. Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.expired.v1", topic = Topics.AGREEMENTS)
public record AgreementExpired(UUID agreementId, UUID districtId, UUID vendorId, LocalDate expiredOn) {
}
