package org.compactdpa.obligations.breaches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/**
 * What a breach notice must tell the district (the content the terms require): what happened and when,
 * which data, which students if known, the remediation, and whom to contact.
 */
public record DeliveryInput(
        @NotBlank(message = "must say what happened and when") @Size(max = Limits.DESCRIPTION) String whatHappened,
        @NotBlank(message = "must say which data was affected") @Size(max = Limits.NOTE) String dataAffected,
        @Size(max = Limits.NOTE) String studentsAffected,
        @NotBlank(message = "must say what was and will be done") @Size(max = Limits.DESCRIPTION) String remediation,
        @NotBlank(message = "must say whom to contact") @Size(max = Limits.LINE) String contact) {
}
