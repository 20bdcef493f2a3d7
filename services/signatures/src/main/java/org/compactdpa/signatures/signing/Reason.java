package org.compactdpa.signatures.signing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a party declines or terminates an agreement; its parties read it, the public registry does not. */
public record Reason(@NotBlank(message = "must give a reason") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
