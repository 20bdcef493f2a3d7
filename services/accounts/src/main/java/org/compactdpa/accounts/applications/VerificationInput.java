package org.compactdpa.accounts.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/**
 * What the verifier checked: the company is who it says it is, the applicant may sign for it (when
 * they declared so), and the breach contact works. Each must be confirmed; the note says how.
 */
public record VerificationInput(
        @NotNull(message = "must be confirmed") Boolean companyIdentity,
        @NotNull(message = "must be confirmed") Boolean signerAuthority,
        @NotNull(message = "must be confirmed") Boolean breachContact,
        @NotBlank(message = "must say what was checked and how") @Size(max = Limits.NOTE) String note) {
}
