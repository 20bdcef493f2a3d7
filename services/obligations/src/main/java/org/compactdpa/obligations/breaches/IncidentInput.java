package org.compactdpa.obligations.breaches;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.platform.validation.Limits;

/**
 * A breach as the vendor files it: when it was discovered, what happened, the products and data elements
 * affected, the districts affected (none named: every district holding one of the products), who to contact
 * and what was done.
 */
public record IncidentInput(
        @NotNull(message = "is required: when the breach was discovered") Instant discoveredAt,
        @NotBlank(message = "must say what happened") @Size(max = Limits.DESCRIPTION) String summary,
        @NotEmpty(message = "must name at least one product") @Size(max = Limits.IDS) List<@NotNull UUID> productIds,
        @Size(max = Limits.CHOICES) List<@NotNull DataElement> dataElements,
        @Size(max = 1000) List<@NotNull UUID> districtIds,
        @Size(max = Limits.NOTE) String studentsAffected,
        @NotBlank(message = "is required") @Size(max = Limits.NAME) String contactName,
        @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = Limits.EMAIL) String contactEmail,
        @Size(max = Limits.PHONE) String contactPhone,
        @Size(max = Limits.DESCRIPTION) String actionsTaken) {
}
