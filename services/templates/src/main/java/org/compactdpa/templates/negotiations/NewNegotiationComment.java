package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record NewNegotiationComment(UUID proposalId, UUID replyTo,
        @NotBlank(message = "must not be blank") @Size(max = 5000, message = "must be at most 5000 characters") String text) {
}
