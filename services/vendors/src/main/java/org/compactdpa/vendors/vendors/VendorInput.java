package org.compactdpa.vendors.vendors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/**
 * A vendor's profile, to register (POST) or replace (PUT). On registration {@code id} is optional:
 * vendor staff always register the vendor their account acts for. Every text has a maximum length
 * ({@link Limits}); the OpenAPI schema shows it.
 */
public record VendorInput(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = Limits.LEGAL_NAME) String legalName,
        @Size(max = Limits.LEGAL_NAME) String doingBusinessAs,
        @NotBlank(message = "must not be blank") @Size(max = Limits.URL)
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String website,
        @Valid Address address,
        @NotNull(message = "must name the designated representative") @Valid Contact representative,
        @NotNull(message = "must name the security and breach contact") @Valid Contact breachContact) {

    public record Address(@Size(max = Limits.LINE) String street, @Size(max = Limits.LINE) String city,
            @Size(max = Limits.CODE)
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter US state code") String state,
            @Size(max = Limits.CODE) String postalCode) {
    }

    public record Contact(
            @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
            @Size(max = Limits.NAME) String title,
            @NotBlank(message = "must not be blank") @Size(max = Limits.EMAIL)
            @Email(message = "must be an e-mail address") String email,
            @Size(max = Limits.PHONE)
            @Pattern(regexp = "[+0-9 ()./-]{5,30}", message = "must be a phone number") String phone) {
    }
}
