package org.compactdpa.signatures.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The registry's SQL and cursors, without a database: parameters in order, cursors that survive the trip. */
@Tag("fast")
class RegistryQueryTest {

    private static final RegistryQuery.Filters NONE = new RegistryQuery.Filters(null, null, null, null, null, null, null);

    @Test
    void eachFilterTakesTheNextParameterAndAnElementSearchStartsFromTheElementIndex() {
        UUID district = UUID.randomUUID();
        RegistryQuery query = new RegistryQuery(new RegistryQuery.Filters(" ma ", district, null, null, "executed",
                "student_name", "Ma_ple%"));
        RegistryQuery.Statement page = query.page(null, 40, 20);
        // The walk reaches the cap past the page's start; rows 41 to 61 (the page and one more) are returned.
        assertThat(page.parameters()).containsExactly("STUDENT_NAME", "MA", district, "EXECUTED", "%ma\\_ple\\%%",
                40 + RegistryQuery.COUNT_CAP + 1, 40, 61);
        assertThat(page.sql()).contains("from agreement_element e join agreement a", "e.data_element = $1", "a.state = $2",
                "a.district_id = $3", "a.status = $4", "a.search_text like $5", "order by e.created_at desc, e.agreement_id",
                "limit $6)", "m.n > $7 and m.n <= $8");
        RegistryQuery.Statement count = query.count(41);
        assertThat(count.parameters()).endsWith(41).hasSize(6);
        assertThat(count.sql()).contains("limit $6");
    }

    @Test
    void aCursorContinuesAfterItsAgreementInTheRegistrysOrder() {
        RegistryCursor cursor = new RegistryCursor(Instant.parse("2026-11-30T12:00:00.123456Z"), UUID.randomUUID());
        RegistryQuery.Statement page = new RegistryQuery(NONE).page(cursor, 0, 200);
        assertThat(page.sql()).contains("from agreement a where", "a.created_at <= $1 and (a.created_at < $1 or a.id > $2)",
                "limit $3)");
        assertThat(page.parameters()).hasSize(5).containsSequence(cursor.id(), 201, 0, 201);
    }

    @Test
    void anElementAloneNeedsNoAgreementColumnsToFindItsPage() {
        RegistryQuery.Statement page = new RegistryQuery(new RegistryQuery.Filters(null, null, null, null, null,
                "TRANSPORTATION", null)).page(null, 0, 20);
        assertThat(page.sql()).contains("from agreement_element e where").doesNotContain("agreement_element e join");
    }

    @Test
    void aCursorSurvivesTheTripThroughAClientToTheMicrosecond() {
        RegistryCursor cursor = new RegistryCursor(Instant.parse("2026-11-30T12:00:00.123456Z"), UUID.randomUUID());
        String handedOut = cursor.encode();
        assertThat(handedOut).matches("[A-Za-z0-9_-]+").hasSizeLessThan(RegistryCursor.MAX_LENGTH);
        assertThat(RegistryCursor.decode(handedOut)).isEqualTo(cursor);
        assertThat(RegistryCursor.decode(" ")).isNull();
    }

    @Test
    void aCursorThisRegistryDidNotHandOutIsABadRequestNamingAfter() {
        for (String forged : new String[] {"not-a-cursor", "MS4yLjM", "%%%"}) {
            assertThatThrownBy(() -> RegistryCursor.decode(forged)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void anUnknownStatusOrElementIsRefusedBeforeAnySqlIsMade() {
        assertThatThrownBy(() -> new RegistryQuery(new RegistryQuery.Filters(null, null, null, null, "SIGNED-ISH", null,
                null))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new RegistryQuery(new RegistryQuery.Filters(null, null, null, null, null, "SHOE_SIZE",
                null))).isInstanceOf(ProblemException.class);
    }
}
