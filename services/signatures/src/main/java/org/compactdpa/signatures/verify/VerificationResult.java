package org.compactdpa.signatures.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.agreements.AgreementKind;

/**
 * The public answer to "is this an authentic executed agreement of this platform?". Only fields
 * the public registry shows are included. {@code sealIntact} is present for uploaded PDFs only;
 * {@code timestamp} whenever a sealed file was matched (present or not).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(boolean authentic, String matchedBy, UUID agreementId, AgreementKind kind,
        UUID originAgreementId, AgreementStatus status, String vendor, String district, String state,
        Instant executedAt, LocalDate effectiveOn, LocalDate expiresOn, String documentSha256, String pdfSha256,
        Boolean sealIntact, TimestampView timestamp, List<UUID> alsoMatches, String reason) {

    public static VerificationResult refused(String reason, Boolean sealIntact) {
        return new VerificationResult(false, null, null, null, null, null, null, null, null, null, null, null, null,
                null, sealIntact, null, null, reason);
    }
}
