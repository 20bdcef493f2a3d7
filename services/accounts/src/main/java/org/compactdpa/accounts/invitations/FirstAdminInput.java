package org.compactdpa.accounts.invitations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compactdpa.accounts.keycloak.PersonNames;
import org.compactdpa.platform.validation.Limits;

/**
 * The first administrator of a district a coordinator just registered. Roles default to
 * district-admin and district-staff; add district-signer if the person may sign for the district.
 */
public record FirstAdminInput(
        @NotBlank(message = "must not be blank") @Size(max = Limits.EMAIL)
        @Email(message = "must be an e-mail address") String email,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String firstName,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String lastName,
        @Size(max = 10) List<@NotBlank(message = "must not be blank") @Size(max = Limits.CODE) String> roles) {
}
