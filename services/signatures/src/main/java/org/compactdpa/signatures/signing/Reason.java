package org.compactdpa.signatures.signing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** Why a party declines or terminates an agreement; its parties read it, the public registry does not. */
public record Reason(@NotBlank(message = "must give a reason") @Size(max = Limits.NOTE) String reason) {
}
