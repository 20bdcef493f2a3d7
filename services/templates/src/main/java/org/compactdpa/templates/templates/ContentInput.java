package org.compactdpa.templates.templates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compactdpa.contracts.vocabulary.Law;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a version: clauses in document order, parameters, laws, and whether Exhibit E belongs to it. */
public record ContentInput(
        @NotEmpty(message = "must hold at least one clause") List<@Valid @NotNull(message = "must not be null") ClauseInput> clauses,
        @NotNull(message = "must give the parameters") @Valid ParametersInput parameters,
        @NotNull(message = "must list the laws (may be empty)") List<@NotNull(message = "must not be null") Law> laws,
        List<@NotBlank(message = "must not be blank") String> stateRegulations,
        boolean generalOfferAllowed) {

    public record ClauseInput(
            @NotBlank(message = "must not be blank")
            @Pattern(regexp = "[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*", message = "must look like IV.6 or EXHIBIT_H.1") String key,
            @NotBlank(message = "must name the article or exhibit, e.g. ARTICLE_IV") String section,
            @NotBlank(message = "must not be blank") String title,
            @NotBlank(message = "must not be blank")
            @Size(max = MAX_TEXT_LENGTH, message = "must be at most " + MAX_TEXT_LENGTH + " characters")
            @Schema(maxLength = MAX_TEXT_LENGTH, description = "The clause's wording, at most " + MAX_TEXT_LENGTH
                    + " characters: the bound that keeps a word-level diff of two clauses quick and small")
            String text) {

        /**
         * The longest clause text. Every diff, redline and proposal works clause by clause, so this
         * bounds the work one request can cause; it is far above any clause of the sample agreement.
         */
        public static final int MAX_TEXT_LENGTH = 20_000;
    }

    public record ParametersInput(
            @Min(value = 1, message = "must be at least 1") @Max(value = 8760, message = "must be at most 8760") int breachNoticeHours,
            @Min(value = 1, message = "must be at least 1") @Max(value = 3650, message = "must be at most 3650") int dispositionDays,
            @Min(value = 1, message = "must be at least 1") @Max(value = 10, message = "must be at most 10") int termYears,
            @Min(value = 1, message = "must be at least 1") @Max(value = 60, message = "must be at most 60") int auditNoticeBusinessDays,
            @NotBlank(message = "must be a two-letter US state code") String governingState) {
    }
}
