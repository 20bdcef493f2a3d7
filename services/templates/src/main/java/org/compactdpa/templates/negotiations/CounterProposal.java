package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.compactdpa.templates.templates.ContentInput.ClauseInput;

/** The other side's answer to a proposal: different text for the same clause, with a rationale. */
public record CounterProposal(
        @NotBlank(message = "must give the counter text")
        @Size(max = ClauseInput.MAX_TEXT_LENGTH, message = "must be at most " + ClauseInput.MAX_TEXT_LENGTH + " characters") String text,
        @NotBlank(message = "must explain the counter") String rationale) {
}
