package org.compactdpa.vendors.vendors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A vendor's profile, to register (POST) or replace (PUT). On registration {@code id} is optional:
 * vendor staff always register the vendor their account acts for.
 */
public record VendorInput(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String legalName,
        @Size(max = 300, message = "must be at most 300 characters") String doingBusinessAs,
        @NotBlank(message = "must not be blank")
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String website,
        @Valid Address address,
        @NotNull(message = "must name the designated representative") @Valid Contact representative,
        @NotNull(message = "must name the security and breach contact") @Valid Contact breachContact) {

    public record Address(String street, String city,
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter US state code") String state,
            String postalCode) {
    }

    public record Contact(
            @NotBlank(message = "must not be blank") String name,
            String title,
            @NotBlank(message = "must not be blank") @Email(message = "must be an e-mail address") String email,
            @Pattern(regexp = "[+0-9 ()./-]{5,30}", message = "must be a phone number") String phone) {
    }
}
