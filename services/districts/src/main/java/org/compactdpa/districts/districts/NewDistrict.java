package org.compactdpa.districts.districts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A school district to register. {@code id} is optional: give it to make a retried request
 * idempotent or to register the district a staff account already acts for.
 */
public record NewDistrict(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "must be a two-letter US state code") String state,
        @NotBlank(message = "must be the seven-digit NCES district id")
        @Pattern(regexp = "\\d{7}", message = "must be the seven-digit NCES district id") String ncesId,
        @Size(max = 200, message = "must be at most 200 characters") String contactName,
        @Email(message = "must be an e-mail address") String contactEmail,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
}
