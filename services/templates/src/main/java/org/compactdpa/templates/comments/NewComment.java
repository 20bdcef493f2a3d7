package org.compactdpa.templates.comments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.compactdpa.platform.validation.Limits;

/** A comment on a clause (or a reply to another comment, which names the same clause). */
public record NewComment(
        @NotBlank(message = "must name the clause") @Size(max = Limits.CODE) String clauseKey,
        @NotBlank(message = "must not be blank") @Size(max = Limits.COMMENT) String text,
        UUID replyTo) {
}
