package org.compactdpa.accounts.applications;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compactdpa.accounts.keycloak.PersonNames;
import org.compactdpa.platform.validation.Limits;

/**
 * An application to register a vendor: the company, the person applying and whether they may sign
 * agreements for it. Names keep to the characters Keycloak accepts in a person's name.
 */
public record ApplicationInput(
        @NotBlank(message = "must not be blank") @Size(max = Limits.LEGAL_NAME) String company,
        @NotBlank(message = "must not be blank") @Size(max = Limits.LEGAL_NAME) String legalName,
        @NotBlank(message = "must not be blank") @Size(max = Limits.URL)
        @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http(s) URL") String website,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME)
        @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String contactFirstName,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME)
        @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String contactLastName,
        @NotBlank(message = "must not be blank") @Size(max = Limits.EMAIL)
        @Email(message = "must be an e-mail address") String email,
        @NotNull(message = "must say whether you may sign agreements for the vendor") Boolean authorityToSign) {
}
