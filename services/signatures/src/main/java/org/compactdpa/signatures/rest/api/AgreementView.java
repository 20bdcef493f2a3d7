package org.compactdpa.signatures.rest.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.signatures.domain.AgreementKind;

/** An agreement with its products and signatures (public fields only in the registry). */
public record AgreementView(UUID id, AgreementKind kind, UUID originAgreementId, AgreementStatus status, UUID termsId,
        String termsHash, String classification, UUID vendorId, String vendor, UUID districtId, String district,
        UUID consortiumId, String state, boolean generalOffer, boolean offerWithdrawn, String documentSha256,
        LocalDate effectiveOn, LocalDate expiresOn, List<ProductLine> products, List<SignatureLine> signatures,
        Instant createdAt) {

    public record ProductLine(UUID productId, String name, List<String> dataElements) {
    }

    public record SignatureLine(String party, String signer, Instant signedAt, String documentSha256) {
    }
}
