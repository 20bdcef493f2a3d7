package org.compactdpa.templates.templates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

public record NewTemplate(
        UUID id,
        @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String name,
        @NotNull(message = "must name the consortium") UUID consortiumId,
        @NotBlank(message = "must be a two-letter US state code") @Size(max = Limits.CODE) String state) {
}
