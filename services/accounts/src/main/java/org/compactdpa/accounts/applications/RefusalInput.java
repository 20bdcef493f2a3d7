package org.compactdpa.accounts.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** Why an application is refused; the applicant may be told. */
public record RefusalInput(@NotBlank(message = "must not be blank") @Size(max = Limits.NOTE) String reason) {
}
