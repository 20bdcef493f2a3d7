package org.compactdpa.signatures.signing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/** An agreement to prepare: the frozen terms, the originating district, the products, and whether to extend the general offer. */
public record NewAgreement(
        @NotNull(message = "must name the frozen terms") UUID termsId,
        @NotNull(message = "must name the originating district") UUID districtId,
        @NotEmpty(message = "must name at least one product") @Size(max = Limits.IDS)
        List<@NotNull(message = "must not be null") UUID> productIds,
        boolean generalOffer) {
}
