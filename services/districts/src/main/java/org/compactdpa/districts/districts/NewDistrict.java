package org.compactdpa.districts.districts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/**
 * A school district to register. {@code id} is optional: give it to make a retried request
 * idempotent or to register the district a staff account already acts for.
 */
public record NewDistrict(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
        @NotBlank(message = "must be a two-letter US state code") @Size(max = Limits.CODE) String state,
        @NotBlank(message = "must be the seven-digit NCES district id") @Size(max = Limits.CODE)
        @Pattern(regexp = "\\d{7}", message = "must be the seven-digit NCES district id") String ncesId,
        @Size(max = Limits.NAME) String contactName,
        @Size(max = Limits.EMAIL) @Email(message = "must be an e-mail address") String contactEmail,
        @Size(max = Limits.URL) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
}
