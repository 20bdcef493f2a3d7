package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A party terminated the agreement (or adoption) before its expiry. Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.terminated.v1", topic = Topics.AGREEMENTS)
public record AgreementTerminated(UUID agreementId, UUID districtId, UUID vendorId, String party, String reason,
        Instant terminatedAt) {
}
