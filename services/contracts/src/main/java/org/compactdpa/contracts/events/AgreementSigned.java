package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** One party signed the agreement ({@code party}: VENDOR or DISTRICT). Key: agreementId. */
@EventType(value = "org.compactdpa.agreement.signed.v1", topic = Topics.AGREEMENTS)
public record AgreementSigned(UUID agreementId, String party, UUID organisationId, String signerName,
        String documentSha256, Instant signedAt) {
}
