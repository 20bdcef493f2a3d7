package org.compactdpa.accounts.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compactdpa.accounts.keycloak.PersonNames;
import org.compactdpa.accounts.links.LinkTokens;
import org.compactdpa.platform.validation.Limits;

/**
 * The token of the invitation's link, and the person's name when they have no account yet (else the
 * name the invitation gave is used).
 */
public record AcceptanceInput(
        @NotBlank(message = "must not be blank") @Size(max = 64)
        @Pattern(regexp = LinkTokens.TOKEN_PATTERN, message = "is not a token of a link of ours") String token,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String firstName,
        @Size(max = Limits.NAME) @Pattern(regexp = PersonNames.ALLOWED, message = PersonNames.MESSAGE) String lastName) {
}
