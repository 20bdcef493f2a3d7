package org.compactdpa.templates.negotiations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Law;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.templates.Clause;
import org.compactdpa.templates.templates.Parameters;
import org.compactdpa.templates.templates.TemplateContent;
import org.compactdpa.templates.terms.Classification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a proposal may be, when it clashes with others, and what accepted ones make of the standard. */
@Tag("fast")
class ProposalRulesTest {

    private static final TemplateContent STANDARD = new TemplateContent(List.of(
            new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides the services."),
            new Clause("V.2", "ARTICLE_V", "Audits", "The district may audit once a year."),
            new Clause("V.4", "ARTICLE_V", "Breach notification", "Notice within 72 hours.")),
            new Parameters(72, 60, 3, 10, "MA"), List.of(Law.FERPA), List.of(), true);

    private static Proposal proposal(String key, ProposalKind kind, ProposalStatus status, String text, String title) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.clauseKey = key;
        p.kind = kind;
        p.status = status;
        p.text = text;
        p.title = title;
        return p;
    }

    private static NewProposal input(String key, ProposalKind kind, String text) {
        return new NewProposal(key, kind, text, null, "Because.");
    }

    private static void refused(Runnable rule, int status, String field, String detail) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void theClassificationFollowsTheAcceptedChanges() {
        assertThat(ProposalKind.classify(List.of())).isEqualTo(Classification.STANDARD);
        assertThat(ProposalKind.classify(List.of(ProposalKind.ADD_EXHIBIT_H, ProposalKind.ADD_EXHIBIT_H)))
                .isEqualTo(Classification.EXHIBIT_H_ONLY);
        assertThat(ProposalKind.classify(List.of(ProposalKind.ADD_EXHIBIT_H, ProposalKind.REPLACE)))
                .isEqualTo(Classification.MODIFIED);
        assertThat(ProposalKind.classify(List.of(ProposalKind.DELETE))).isEqualTo(Classification.MODIFIED);
        assertThat(Classification.STANDARD.allowsGeneralOffer()).isTrue();
        assertThat(Classification.EXHIBIT_H_ONLY.allowsGeneralOffer()).isTrue();
        assertThat(Classification.MODIFIED.allowsGeneralOffer()).isFalse();
    }

    @Test
    void acceptedChangesReplaceInPlaceDeleteAndAppendToExhibitH() {
        TemplateContent agreed = ProposalRules.apply(STANDARD, List.of(
                proposal("V.4", ProposalKind.REPLACE, ProposalStatus.ACCEPTED, "Notice within five days.", null),
                proposal("V.2", ProposalKind.DELETE, ProposalStatus.ACCEPTED, null, null),
                proposal("EXHIBIT_H.1", ProposalKind.ADD_EXHIBIT_H, ProposalStatus.ACCEPTED, "Support within a day.", null),
                proposal("EXHIBIT_H.2", ProposalKind.ADD_EXHIBIT_H, ProposalStatus.ACCEPTED, "WCAG 2.1 AA.", "Accessibility")));

        assertThat(agreed.clauses()).containsExactly(
                new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides the services."),
                new Clause("V.4", "ARTICLE_V", "Breach notification", "Notice within five days."),
                new Clause("EXHIBIT_H.1", "EXHIBIT_H", "Additional terms", "Support within a day."),
                new Clause("EXHIBIT_H.2", "EXHIBIT_H", "Accessibility", "WCAG 2.1 AA."));
        assertThat(agreed.parameters()).isEqualTo(STANDARD.parameters());
        assertThat(ProposalRules.apply(STANDARD, List.of())).isEqualTo(STANDARD);
    }

    @Test
    void aChangeNamesAClauseOfTheStandardAndAnAdditionANewExhibitHKey() {
        refused(() -> ProposalRules.validate(STANDARD, input("IX.9", ProposalKind.REPLACE, "x")), 422, "clauseKey",
                "no clause IX.9");
        refused(() -> ProposalRules.validate(STANDARD, input("IX.9", ProposalKind.DELETE, null)), 422, "clauseKey",
                "no clause IX.9");
        refused(() -> ProposalRules.validate(STANDARD, input("V.3", ProposalKind.ADD_EXHIBIT_H, "x")), 422, "clauseKey",
                "Exhibit H");
        refused(() -> ProposalRules.validate(STANDARD, input("EXHIBIT_H.1", ProposalKind.REPLACE, "x")), 422,
                "clauseKey", "no clause EXHIBIT_H.1");
        assertThatCode(() -> ProposalRules.validate(STANDARD, input("EXHIBIT_H.1", ProposalKind.ADD_EXHIBIT_H, "x")))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyADeletionComesWithoutText() {
        refused(() -> ProposalRules.validate(STANDARD, input("V.4", ProposalKind.REPLACE, " ")), 400, "text", "text");
        refused(() -> ProposalRules.validate(STANDARD, input("EXHIBIT_H.1", ProposalKind.ADD_EXHIBIT_H, null)), 400,
                "text", "text");
        assertThatCode(() -> ProposalRules.validate(STANDARD, input("V.2", ProposalKind.DELETE, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aClauseWithAnOpenProposalTakesNoSecondOne() {
        List<Proposal> open = List.of(proposal("V.4", ProposalKind.REPLACE, ProposalStatus.PROPOSED, "x", null));

        refused(() -> ProposalRules.requireNoClash(input("V.4", ProposalKind.DELETE, null), open), 409, "clauseKey",
                "already has an open proposal");
    }

    @Test
    void anExhibitHKeyIsAddedOnceAndADeletedClauseIsDone() {
        List<Proposal> added = List.of(proposal("EXHIBIT_H.1", ProposalKind.ADD_EXHIBIT_H, ProposalStatus.ACCEPTED, "x", null));
        List<Proposal> deleted = List.of(proposal("V.2", ProposalKind.DELETE, ProposalStatus.ACCEPTED, null, null));

        refused(() -> ProposalRules.requireNoClash(input("EXHIBIT_H.1", ProposalKind.ADD_EXHIBIT_H, "y"), added), 422,
                "clauseKey", "already added");
        refused(() -> ProposalRules.requireNoClash(input("V.2", ProposalKind.REPLACE, "y"), deleted), 422, "clauseKey",
                "deleted by an accepted proposal");
    }

    @Test
    void anAcceptedReplacementLeavesTheClauseOpenToFurtherProposals() {
        List<Proposal> replaced = List.of(proposal("V.4", ProposalKind.REPLACE, ProposalStatus.ACCEPTED, "x", null));

        assertThatCode(() -> ProposalRules.requireNoClash(input("V.4", ProposalKind.REPLACE, "y"), replaced))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProposalRules.requireNoClash(input("V.4", ProposalKind.DELETE, null), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptingStopsWhereTheNegotiatedTermsWouldOutgrowAVersion() {
        String clause = "w".repeat(org.compactdpa.platform.validation.Limits.CLAUSE_TEXT);
        List<Proposal> accepted = new java.util.ArrayList<>();
        int added = 0;
        // Each Exhibit H addition is valid on its own; the fifth would push the terms past the limit.
        while (true) {
            Proposal next = proposal("EXHIBIT_H." + (added + 1), ProposalKind.ADD_EXHIBIT_H, ProposalStatus.PROPOSED,
                    clause, "Addition");
            try {
                ProposalRules.requireWithinSize(STANDARD, accepted, next);
            } catch (ProblemException e) {
                assertThat(e.status()).isEqualTo(422);
                assertThat(e.errors().get(0).field()).isEqualTo("text");
                assertThat(e.getMessage()).contains("at most " + org.compactdpa.platform.validation.Limits.CONTENT_TEXT);
                break;
            }
            accepted.add(next);
            added++;
        }
        assertThat(added).isEqualTo(3);
        assertThat(ProposalRules.measure(ProposalRules.apply(STANDARD, accepted)))
                .isLessThanOrEqualTo(org.compactdpa.platform.validation.Limits.CONTENT_TEXT);
        // A deletion makes room again.
        assertThatCode(() -> ProposalRules.requireWithinSize(STANDARD, accepted.subList(0, 2),
                proposal("V.2", ProposalKind.DELETE, ProposalStatus.PROPOSED, null, null))).doesNotThrowAnyException();
    }
}
