package org.compactdpa.signatures.signing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** An agreement to prepare: the frozen terms, the originating district, the products, and whether to extend the general offer. */
public record NewAgreement(
        @NotNull(message = "must name the frozen terms") UUID termsId,
        @NotNull(message = "must name the originating district") UUID districtId,
        @NotEmpty(message = "must name at least one product") List<@NotNull(message = "must not be null") UUID> productIds,
        boolean generalOffer) {
}
