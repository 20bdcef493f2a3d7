package org.compactdpa.templates.comments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A comment on a clause (or a reply to another comment, which names the same clause). */
public record NewComment(
        @NotBlank(message = "must name the clause") String clauseKey,
        @NotBlank(message = "must not be blank") @Size(max = 5000, message = "must be at most 5000 characters") String text,
        UUID replyTo) {
}
