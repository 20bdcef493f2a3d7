package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

public record NewNegotiationComment(UUID proposalId, UUID replyTo,
        @NotBlank(message = "must not be blank") @Size(max = Limits.COMMENT) String text) {
}
