package org.compactdpa.templates.negotiations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compactdpa.platform.validation.Limits;

/** A proposed change: REPLACE and DELETE name an existing clause; ADD_EXHIBIT_H a new EXHIBIT_H key. */
public record NewProposal(
        @NotBlank(message = "must name the clause") @Size(max = Limits.CODE) String clauseKey,
        @NotNull(message = "must be REPLACE, DELETE or ADD_EXHIBIT_H") ProposalKind kind,
        @Size(max = Limits.CLAUSE_TEXT) String text,
        @Size(max = Limits.NAME) String title,
        @NotBlank(message = "must explain the change") @Size(max = Limits.COMMENT) String rationale) {
}
