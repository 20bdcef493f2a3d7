package org.compactdpa.obligations.audits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/** A district's notice of an audit under one of its agreements: what it covers and when it should happen. */
public record AuditNoticeInput(
        @NotNull(message = "is required") UUID agreementId,
        @NotBlank(message = "must say what the audit covers") @Size(max = Limits.DESCRIPTION) String scope,
        @NotNull(message = "is required") LocalDate proposedStart,
        @NotNull(message = "is required") LocalDate proposedEnd) {
}
