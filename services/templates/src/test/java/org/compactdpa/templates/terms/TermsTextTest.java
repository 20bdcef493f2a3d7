package org.compactdpa.templates.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compactdpa.contracts.vocabulary.Law;
import org.compactdpa.templates.templates.Clause;
import org.compactdpa.templates.templates.Parameters;
import org.compactdpa.templates.templates.TemplateContent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The text that is read and signed: the same content always renders the same, section by section. */
@Tag("fast")
class TermsTextTest {

    private static final TemplateContent CONTENT = new TemplateContent(List.of(
            new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides the services."),
            new Clause("I.2", "ARTICLE_I", "Data covered", "Exhibit B lists the data."),
            new Clause("EXHIBIT_H.1", "EXHIBIT_H", "Accessibility", "The product meets WCAG 2.1 AA.")),
            new Parameters(72, 60, 3, 10, "MA"), List.of(Law.FERPA, Law.COPPA), List.of("603 CMR 23.00"), false);

    @Test
    void theTextNamesTheVersionItsParametersAndEachClauseUnderItsSection() {
        assertThat(TermsText.render("Sample DPA", 2, CONTENT)).isEqualTo("""
                Sample DPA (version 2)

                Laws: FERPA, COPPA; 603 CMR 23.00
                Breach notice: 72 hours. Disposition: 60 days. Term: 3 years. Audit notice: 10 business days. \
                Governing law: MA. General offer: no.

                ARTICLE I

                I.1 Purpose
                The vendor provides the services.

                I.2 Data covered
                Exhibit B lists the data.

                EXHIBIT H

                EXHIBIT_H.1 Accessibility
                The product meets WCAG 2.1 AA.
                """);
    }

    @Test
    void renderingTwiceGivesTheSameText() {
        assertThat(TermsText.render("Sample DPA", 2, CONTENT)).isEqualTo(TermsText.render("Sample DPA", 2, CONTENT));
    }

    @Test
    void onlyAModifiedStandardLosesTheGeneralOffer() {
        assertThat(Classification.STANDARD.allowsGeneralOffer()).isTrue();
        assertThat(Classification.EXHIBIT_H_ONLY.allowsGeneralOffer()).isTrue();
        assertThat(Classification.MODIFIED.allowsGeneralOffer()).isFalse();
    }
}
