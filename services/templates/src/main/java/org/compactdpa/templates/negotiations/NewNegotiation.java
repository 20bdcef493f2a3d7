package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

public record NewNegotiation(
        @NotNull(message = "must name the template") UUID templateId,
        @Min(value = 1, message = "must be a version number") int version,
        @NotNull(message = "must name the vendor") UUID vendorId,
        @NotEmpty(message = "must name at least one product") @Size(max = Limits.IDS)
        List<@NotNull(message = "must not be null") UUID> productIds) {
}
