package org.compactdpa.signatures.signing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/**
 * A signature: the explicit intent to sign, consent to electronic records, and the SHA-256 of the
 * document the signer was shown (it must be the current document's).
 */
public record SignatureRequest(
        boolean intent,
        boolean consentToElectronicRecords,
        @NotBlank(message = "must be the SHA-256 of the document you reviewed") @Size(max = Limits.SHA256_HEX)
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in hex") String documentSha256) {
}
