package org.compactdpa.districts.consortia;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A consortium to create. {@code id} is optional: give it to make a retried request idempotent or
 * to create the consortium a coordinator's account already acts for.
 */
public record NewConsortium(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotEmpty(message = "must name at least one state") List<String> states,
        @Size(max = 2000, message = "must be at most 2000 characters") String description) {
}
