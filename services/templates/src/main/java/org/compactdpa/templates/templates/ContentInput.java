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
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.platform.validation.TotalLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a version: clauses in document order, parameters, laws, and whether Exhibit E belongs
 * to it. Each clause is bounded, and so are all of them together ({@link Limits#CONTENT_TEXT}): frozen
 * terms carry the clauses and their rendered text in one event, which must stay well under the
 * broker's record limit.
 */
public record ContentInput(
        @NotEmpty(message = "must hold at least one clause") @Size(max = Limits.CLAUSES)
        @TotalLength(max = Limits.CONTENT_TEXT, message = "keys, sections, titles and texts of all clauses must hold "
                + "at most " + Limits.CONTENT_TEXT + " characters in all")
        @Schema(description = "The clauses in document order: at most " + Limits.CLAUSES + ", each text at most "
                + Limits.CLAUSE_TEXT + " characters, and at most " + Limits.CONTENT_TEXT + " characters in all")
        List<@Valid @NotNull(message = "must not be null") ClauseInput> clauses,
        @NotNull(message = "must give the parameters") @Valid ParametersInput parameters,
        @NotNull(message = "must list the laws (may be empty)") @Size(max = Limits.CHOICES)
        List<@NotNull(message = "must not be null") Law> laws,
        @Size(max = Limits.LABELS)
        List<@NotBlank(message = "must not be blank") @Size(max = Limits.LABEL) String> stateRegulations,
        boolean generalOfferAllowed) {

    public record ClauseInput(
            @NotBlank(message = "must not be blank") @Size(max = Limits.CODE)
            @Pattern(regexp = "[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*", message = "must look like IV.6 or EXHIBIT_H.1") String key,
            @NotBlank(message = "must name the article or exhibit, e.g. ARTICLE_IV") @Size(max = Limits.CODE) String section,
            @NotBlank(message = "must not be blank") @Size(max = Limits.NAME) String title,
            @NotBlank(message = "must not be blank")
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(description = "The clause's wording, at most " + MAX_TEXT_LENGTH
                    + " characters: the bound that keeps a word-level diff of two clauses quick and small")
            String text) implements TotalLength.Measured {

        /**
         * The longest clause text. Every diff, redline and proposal works clause by clause, so this
         * bounds the work one request can cause; it is far above any clause of the sample agreement.
         */
        public static final int MAX_TEXT_LENGTH = Limits.CLAUSE_TEXT;

        @Override
        public long measuredLength() {
            return length(key) + length(section) + length(title) + length(text);
        }

        private static int length(String value) {
            return value == null ? 0 : value.length();
        }
    }

    public record ParametersInput(
            @Min(value = 1, message = "must be at least 1") @Max(value = 8760, message = "must be at most 8760") int breachNoticeHours,
            @Min(value = 1, message = "must be at least 1") @Max(value = 3650, message = "must be at most 3650") int dispositionDays,
            @Min(value = 1, message = "must be at least 1") @Max(value = 10, message = "must be at most 10") int termYears,
            @Min(value = 1, message = "must be at least 1") @Max(value = 60, message = "must be at most 60") int auditNoticeBusinessDays,
            @NotBlank(message = "must be a two-letter US state code") @Size(max = Limits.CODE) String governingState) {
    }
}
