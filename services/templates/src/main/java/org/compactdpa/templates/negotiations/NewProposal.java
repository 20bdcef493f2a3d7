package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compactdpa.templates.templates.ContentInput.ClauseInput;

/** A proposed change: REPLACE and DELETE name an existing clause; ADD_EXHIBIT_H a new EXHIBIT_H key. */
public record NewProposal(
        @NotBlank(message = "must name the clause") String clauseKey,
        @NotNull(message = "must be REPLACE, DELETE or ADD_EXHIBIT_H") ProposalKind kind,
        @Size(max = ClauseInput.MAX_TEXT_LENGTH, message = "must be at most " + ClauseInput.MAX_TEXT_LENGTH + " characters") String text,
        @Size(max = 200, message = "must be at most 200 characters") String title,
        @NotBlank(message = "must explain the change") String rationale) {
}
