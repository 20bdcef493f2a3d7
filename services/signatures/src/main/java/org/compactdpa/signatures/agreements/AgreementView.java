package org.compactdpa.signatures.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;

/**
 * An agreement with its products and signatures, as the agreement, offer and registry endpoints
 * answer it. {@code endReason} (why it was declined or terminated) is shown to the parties only; the
 * public registry and offer list leave it out.
 */
public record AgreementView(UUID id, AgreementKind kind, UUID originAgreementId, AgreementStatus status, UUID termsId,
        String termsHash, String classification, UUID vendorId, String vendor, UUID districtId, String district,
        UUID consortiumId, String state, boolean generalOffer, boolean offerWithdrawn, String documentSha256,
        LocalDate effectiveOn, LocalDate expiresOn, @JsonInclude(JsonInclude.Include.NON_NULL) String endReason,
        List<ProductLine> products, List<SignatureLine> signatures, Instant createdAt) {

    public record ProductLine(UUID productId, String name, List<String> dataElements) {
    }

    public record SignatureLine(String party, String signer, Instant signedAt, String documentSha256) {
    }

    /** The same agreement as the public sees it. */
    public AgreementView publicFields() {
        return new AgreementView(id, kind, originAgreementId, status, termsId, termsHash, classification, vendorId, vendor,
                districtId, district, consortiumId, state, generalOffer, offerWithdrawn, documentSha256, effectiveOn,
                expiresOn, null, products, signatures, createdAt);
    }
}
