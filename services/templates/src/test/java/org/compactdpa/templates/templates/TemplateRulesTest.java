package org.compactdpa.templates.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.compactdpa.contracts.vocabulary.Law;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure rules of content: clause and word diffs, the canonical form and its hash, the life of a version. */
@Tag("fast")
class TemplateRulesTest {

    private static TemplateContent content(String v4Text, int breachHours) {
        return new TemplateContent(List.of(
                new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides the services described in Exhibit A."),
                new Clause("IV.6", "ARTICLE_IV", "Breach notice", v4Text)),
                new Parameters(breachHours, 60, 3, 10, "MA"), List.of(Law.FERPA, Law.COPPA), List.of("603 CMR 23.00"),
                true);
    }

    @Test
    void aOneWordChangeInsideAClauseDiffsAsExactlyThatWord() {
        TemplateContent before = content("The vendor notifies the district within seventy-two hours of a breach.", 72);
        TemplateContent after = content("The vendor notifies the district within forty-eight hours of a breach.", 72);

        ClauseDiff diff = ClauseDiff.between(before, after);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.parametersChanged()).isFalse();
        assertThat(diff.changed()).singleElement().satisfies(changed -> {
            assertThat(changed.key()).isEqualTo("IV.6");
            assertThat(changed.changes()).containsExactly(
                    new WordDiff.Run(WordDiff.Op.DELETED, "seventy-two"),
                    new WordDiff.Run(WordDiff.Op.INSERTED, "forty-eight"));
        });
    }

    @Test
    void addedAndRemovedClausesAreListed() {
        TemplateContent before = content("Notice within 72 hours.", 72);
        List<Clause> clauses = new ArrayList<>(before.clauses().subList(1, 2));
        clauses.add(new Clause("EXHIBIT_H.1", "EXHIBIT_H", "Accessibility", "The product meets WCAG 2.1 AA."));
        TemplateContent after = before.withClauses(clauses);

        ClauseDiff diff = ClauseDiff.between(before, after);

        assertThat(diff.removed()).extracting(Clause::key).containsExactly("I.1");
        assertThat(diff.added()).extracting(Clause::key).containsExactly("EXHIBIT_H.1");
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void theHashIsStableAndChangesWithAnyTextOrParameter() {
        String hash = CanonicalForm.sha256(content("Notice within 72 hours.", 72));

        // Pinned: the canonical form must never drift, or old signatures could not be checked again.
        assertThat(hash).isEqualTo(CanonicalForm.sha256(content("Notice within 72 hours.", 72)))
                .hasSize(64)
                .isEqualTo("321549e2a9972628f823e8389bfa5b3c83dc1b3908d373a420e27df971e25b7c");
        assertThat(CanonicalForm.sha256(content("Notice within 72 hours!", 72))).isNotEqualTo(hash);
        assertThat(CanonicalForm.sha256(content("Notice within 72 hours.", 48))).isNotEqualTo(hash);
        TemplateContent noOffer = content("Notice within 72 hours.", 72);
        noOffer = new TemplateContent(noOffer.clauses(), noOffer.parameters(), noOffer.laws(), noOffer.stateRegulations(),
                false);
        assertThat(CanonicalForm.sha256(noOffer)).isNotEqualTo(hash);
    }

    @Test
    void equalContentBuiltTwiceHashesTheSame() {
        TemplateContent one = content("Notice within 72 hours.", 72);
        TemplateContent other = new TemplateContent(new ArrayList<>(List.of(
                new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides the services described in Exhibit A."),
                new Clause("IV.6", "ARTICLE_IV", "Breach notice", "Notice within 72 hours."))),
                new Parameters(72, 60, 3, 10, "MA"), new ArrayList<>(List.of(Law.FERPA, Law.COPPA)),
                new ArrayList<>(List.of("603 CMR 23.00")), true);

        assertThat(CanonicalForm.of(other)).isEqualTo(CanonicalForm.of(one));
        assertThat(CanonicalForm.sha256(other)).isEqualTo(CanonicalForm.sha256(one));
    }

    static Stream<Arguments> changesThatMustChangeTheHash() {
        return Stream.of(
                change("laws", c -> new TemplateContent(c.clauses(), c.parameters(), List.of(Law.FERPA),
                        c.stateRegulations(), c.generalOfferAllowed())),
                change("state regulations", c -> new TemplateContent(c.clauses(), c.parameters(), c.laws(),
                        List.of("603 CMR 23.00", "M.G.L. c. 93H"), c.generalOfferAllowed())),
                change("clause title", c -> c.withClauses(List.of(c.clauses().get(0),
                        new Clause("IV.6", "ARTICLE_IV", "Breach notification", c.clauses().get(1).text())))),
                change("clause key", c -> c.withClauses(List.of(c.clauses().get(0),
                        new Clause("IV.7", "ARTICLE_IV", "Breach notice", c.clauses().get(1).text())))),
                change("breach notice hours", c -> withParameters(c, new Parameters(48, 60, 3, 10, "MA"))),
                change("disposition days", c -> withParameters(c, new Parameters(72, 90, 3, 10, "MA"))),
                change("term years", c -> withParameters(c, new Parameters(72, 60, 5, 10, "MA"))),
                change("audit notice business days", c -> withParameters(c, new Parameters(72, 60, 3, 5, "MA"))),
                change("governing state", c -> withParameters(c, new Parameters(72, 60, 3, 10, "NH"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThatMustChangeTheHash")
    void theHashChangesWithEachPartOfTheContent(String what, UnaryOperator<TemplateContent> change) {
        TemplateContent standard = content("Notice within 72 hours.", 72);
        TemplateContent changed = change.apply(standard);

        assertThat(changed).as(what).isNotEqualTo(standard);
        assertThat(CanonicalForm.sha256(changed)).as(what).isNotEqualTo(CanonicalForm.sha256(standard));
    }

    private static Arguments change(String what, UnaryOperator<TemplateContent> change) {
        return Arguments.of(what, change);
    }

    private static TemplateContent withParameters(TemplateContent c, Parameters parameters) {
        return new TemplateContent(c.clauses(), parameters, c.laws(), c.stateRegulations(), c.generalOfferAllowed());
    }

    @Test
    void separatorsInsideTextCannotForgeAnotherContent() {
        TemplateContent a = new TemplateContent(List.of(new Clause("A", "S", "T", "x|clause|B|S|T|y")),
                new Parameters(72, 60, 3, 10, "MA"), List.of(), List.of(), true);
        TemplateContent b = new TemplateContent(List.of(new Clause("A", "S", "T", "x"), new Clause("B", "S", "T", "y")),
                new Parameters(72, 60, 3, 10, "MA"), List.of(), List.of(), true);
        assertThat(CanonicalForm.sha256(a)).isNotEqualTo(CanonicalForm.sha256(b));
    }

    @Test
    void publishedVersionsAreFixedAndOnlyDraftsChange() {
        assertThat(VersionStatus.PUBLISHED.isEditable()).isFalse();
        assertThat(VersionStatus.PUBLISHED.canBecome(VersionStatus.DRAFT)).isFalse();
        assertThat(VersionStatus.DRAFT.canBecome(VersionStatus.COMMENT_PERIOD)).isTrue();
        assertThat(VersionStatus.COMMENT_PERIOD.canBecome(VersionStatus.PUBLISHED)).isTrue();
        assertThat(VersionStatus.RETIRED.canBecome(VersionStatus.PUBLISHED)).isFalse();
        assertThat(VersionStatus.COMMENT_PERIOD.canBecome(VersionStatus.DRAFT)).isTrue();
        assertThat(VersionStatus.SUPERSEDED.canBecome(VersionStatus.RETIRED)).isTrue();
        assertThat(VersionStatus.SUPERSEDED.canBecome(VersionStatus.PUBLISHED)).isFalse();
    }
}
