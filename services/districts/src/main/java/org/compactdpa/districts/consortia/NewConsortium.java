package org.compactdpa.districts.consortia;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/**
 * A consortium to create. {@code id} is optional: give it to make a retried request idempotent or
 * to create the consortium a coordinator's account already acts for.
 */
public record NewConsortium(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
        @NotEmpty(message = "must name at least one state") @Size(max = Limits.STATES)
        List<@Size(max = Limits.CODE) String> states,
        @Size(max = Limits.DESCRIPTION) String description) {
}
