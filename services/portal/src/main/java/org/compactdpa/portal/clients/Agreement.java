package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as signatures answers it, in the registry, the offer list and to its parties alike.
 * Its status decides whose turn it is to sign and whether a seal can be checked.
 */
@TemplateData
public record Agreement(UUID id, String kind, UUID originAgreementId, String status, String classification,
        UUID vendorId, String vendor, UUID districtId, String district, String state, boolean generalOffer,
        boolean offerWithdrawn, String documentSha256, LocalDate effectiveOn, LocalDate expiresOn,
        List<ProductLine> products, List<SignatureLine> signatures) {

    public Agreement {
        products = products == null ? List.of() : products;
        signatures = signatures == null ? List.of() : signatures;
    }

    /** Whether the agreement was executed at some point, so its document carries a seal. */
    public boolean wasExecuted() {
        return "EXECUTED".equals(status) || "EXPIRED".equals(status) || "TERMINATED".equals(status);
    }

    @TemplateData
    public record ProductLine(UUID productId, String name, List<String> dataElements) {
    }

    @TemplateData
    public record SignatureLine(String party, String signer, Instant signedAt) {
    }
}
