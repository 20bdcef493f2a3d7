package org.compactdpa.obligations.dispositions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** Why the district does not accept the attestation. */
public record DisputeInput(@NotBlank(message = "must say why") @Size(max = Limits.NOTE) String reason) {
}
