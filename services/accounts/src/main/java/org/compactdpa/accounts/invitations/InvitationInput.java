package org.compactdpa.accounts.invitations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compactdpa.accounts.keycloak.PersonNames;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.platform.validation.Limits;

/**
 * Whom to invite and with which roles. {@code organisationType} is needed only when the organisation
 * is neither the caller's own nor one this service has heard of. The names, when given, fill in a new
 * account; the person may give their own when they accept.
 */
public record InvitationInput(
        @NotBlank(message = "must not be blank") @Size(max = Limits.EMAIL)
        @Email(message = "must be an e-mail address") String email,
        @NotEmpty(message = "must name at least one role") @Size(max = 10)
        List<@NotBlank(message = "must not be blank") @Size(max = Limits.CODE) String> roles,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String firstName,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String lastName,
        OrganisationType organisationType) {
}
