package org.compactdpa.signatures.verify;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** A SHA-256 to look up: of a sealed PDF file, or of an agreement's signed document. */
public record HashQuery(
        @NotNull(message = "give the SHA-256 as 64 hexadecimal characters") @Size(max = Limits.SHA256_HEX)
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal characters") String sha256) {
}
