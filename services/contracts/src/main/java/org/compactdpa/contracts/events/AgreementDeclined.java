package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A signer declined: the agreement will not be executed. {@code party} is VENDOR or DISTRICT. Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.declined.v1", topic = Topics.AGREEMENTS)
public record AgreementDeclined(UUID agreementId, UUID districtId, UUID vendorId, String party, String reason,
        Instant declinedAt) {
}
