package org.compactdpa.accounts.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compactdpa.accounts.links.LinkTokens;

/** The token of the confirmation link, as the portal's page sends it back. */
public record ConfirmationInput(
        @NotBlank(message = "must not be blank") @Size(max = 64)
        @Pattern(regexp = LinkTokens.TOKEN_PATTERN, message = "is not a token of a link of ours") String token) {
}
