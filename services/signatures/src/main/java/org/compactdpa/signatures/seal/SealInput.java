package org.compactdpa.signatures.seal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the sealed PDF shows, taken only from what signatures stores about the executed
 * agreement (never from template or catalogue rows that may change later), so the same PDF can be
 * rendered again years on.
 */
public record SealInput(UUID agreementId, String kind, UUID originAgreementId, String vendor, UUID vendorId,
        String district, UUID districtId, String state, String termsHash, String document, String documentHash,
        LocalDate effectiveOn, LocalDate expiresOn, Instant executedAt, List<Signer> signers, Integer chainSeq,
        String chainHead) {

    /** One signature, as the certificate of completion lists it. */
    public record Signer(String party, String name, String email, String role, Instant signedAt, String ip,
            String userAgent, String consentVersion, String documentHash) {
    }
}
