package org.compactdpa.districts.apprequests;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A request to use a product: a known product by id, or any product by name. */
public record NewAppRequest(
        UUID productId,
        @Size(max = 200, message = "must be at most 200 characters") String productName,
        @Size(max = 2000, message = "must be at most 2000 characters") String purpose) {
}
