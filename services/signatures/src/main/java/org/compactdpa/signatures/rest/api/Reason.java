package org.compactdpa.signatures.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Reason(@NotBlank(message = "must give a reason") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
