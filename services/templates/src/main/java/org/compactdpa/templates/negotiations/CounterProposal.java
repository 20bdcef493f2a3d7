package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The other side's answer to a proposal: different text for the same clause, with a rationale. */
public record CounterProposal(
        @NotBlank(message = "must give the counter text") @Size(max = 20000, message = "must be at most 20000 characters") String text,
        @NotBlank(message = "must explain the counter") String rationale) {
}
