package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** The other side's answer to a proposal: different text for the same clause, with a rationale. */
public record CounterProposal(
        @NotBlank(message = "must give the counter text")
        @Size(max = Limits.CLAUSE_TEXT) String text,
        @NotBlank(message = "must explain the counter") @Size(max = Limits.COMMENT) String rationale) {
}
