package org.compactdpa.templates.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.compactdpa.contracts.vocabulary.Law;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every stored content is: unique keys, a real state, trimmed text, each law once; and it survives storage. */
@Tag("fast")
class ContentCodecTest {

    private final ContentCodec codec = new ContentCodec(new ObjectMapper());

    private static ContentInput input(List<ContentInput.ClauseInput> clauses, String state, List<Law> laws) {
        return new ContentInput(clauses, new ContentInput.ParametersInput(72, 60, 3, 10, state), laws,
                null, true);
    }

    private static ContentInput.ClauseInput clause(String key, String text) {
        return new ContentInput.ClauseInput(key, " ARTICLE_I ", " Purpose ", text);
    }

    @Test
    void aRepeatedKeyIsRefusedNamingTheLaterClause() {
        ContentInput repeated = input(List.of(clause("I.1", "One."), clause("I.2", "Two."), clause("I.1", "Again.")),
                "MA", List.of(Law.FERPA));

        assertThatThrownBy(() -> codec.fromInput(repeated)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("clauses[2].key");
                assertThat(error.message()).contains("unique");
            });
        });
    }

    @Test
    void aGoverningStateMustBeAUsState() {
        assertThatThrownBy(() -> codec.fromInput(input(List.of(clause("I.1", "One.")), "XX", List.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors().get(0).field()).isEqualTo("parameters.governingState");
                });
    }

    @Test
    void contentIsTrimmedTheStateUpperCasedAndEachLawKeptOnce() {
        TemplateContent content = codec.fromInput(input(List.of(clause("I.1", "\n  The vendor provides.  \n")), "ma",
                List.of(Law.FERPA, Law.COPPA, Law.FERPA)));

        assertThat(content.clauses()).containsExactly(new Clause("I.1", "ARTICLE_I", "Purpose", "The vendor provides."));
        assertThat(content.parameters().governingState()).isEqualTo("MA");
        assertThat(content.laws()).containsExactly(Law.FERPA, Law.COPPA);
        assertThat(content.stateRegulations()).isEmpty();
    }

    @Test
    void storedContentReadsBackEqualAndHashesTheSame() {
        TemplateContent content = codec.fromInput(input(List.of(clause("I.1", "One."), clause("IV.6", "Notice | now.")),
                "NH", List.of(Law.FERPA)));

        TemplateContent read = codec.read(codec.write(content));

        assertThat(read).isEqualTo(content);
        assertThat(CanonicalForm.sha256(read)).isEqualTo(CanonicalForm.sha256(content));
    }
}
