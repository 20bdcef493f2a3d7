package org.compactdpa.districts.apprequests;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/** A request to use a product: a known product by id, or any product by name. */
public record NewAppRequest(
        UUID productId,
        @Size(max = Limits.NAME) String productName,
        @Size(max = Limits.NOTE) String purpose) {
}
