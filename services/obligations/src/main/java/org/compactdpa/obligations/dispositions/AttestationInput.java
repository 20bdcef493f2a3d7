package org.compactdpa.obligations.dispositions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.compactdpa.platform.validation.Limits;

/**
 * The vendor's attestation that the data was returned or destroyed, signed like a signature: with intent,
 * consent to electronic records, and bound to the request by its SHA-256.
 */
public record AttestationInput(
        @NotBlank(message = "must say how, e.g. secure deletion or return by SFTP") @Size(max = Limits.LINE) String method,
        @NotNull(message = "is required") LocalDate completedOn,
        @NotBlank(message = "must say what was disposed") @Size(max = Limits.DESCRIPTION) String disposed,
        @Size(max = Limits.NOTE) String exceptions,
        @AssertTrue(message = "must be true: you intend to sign this attestation") boolean intent,
        @AssertTrue(message = "must be true: you agree to sign electronically") boolean consentToElectronicRecords,
        @NotBlank(message = "is required: the SHA-256 of the request you attest to")
        @Size(max = Limits.SHA256_HEX) @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters") String requestSha256) {
}
