package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposed change: REPLACE and DELETE name an existing clause; ADD_EXHIBIT_H a new EXHIBIT_H key. */
public record NewProposal(
        @NotBlank(message = "must name the clause") String clauseKey,
        @NotNull(message = "must be REPLACE, DELETE or ADD_EXHIBIT_H") ProposalKind kind,
        @Size(max = 20000, message = "must be at most 20000 characters") String text,
        @Size(max = 200, message = "must be at most 200 characters") String title,
        @NotBlank(message = "must explain the change") String rationale) {
}
