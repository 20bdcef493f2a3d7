package org.compactdpa.obligations.breaches;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** A question or an answer in a breach notice's thread. */
public record MessageInput(@NotBlank(message = "must not be blank") @Size(max = Limits.COMMENT) String text) {
}
