package org.compactdpa.obligations.audits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.compactdpa.platform.validation.Limits;

/** What the audit found, and what the vendor must fix by when. */
public record OutcomeInput(
        @NotBlank(message = "must say what the audit found (\"none\" is an answer)") @Size(max = Limits.COMMENT) String findings,
        @Size(max = Limits.CHOICES) List<@Valid @NotNull Remediation> remediation) {

    public record Remediation(@NotBlank(message = "must not be blank") @Size(max = Limits.NOTE) String item,
            @NotNull(message = "is required") LocalDate dueOn) {
    }
}
