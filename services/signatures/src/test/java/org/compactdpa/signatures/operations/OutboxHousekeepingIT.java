package org.compactdpa.signatures.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Housekeeping deletes published outbox rows past the retention (7 days), 500 per transaction, and
 * nothing else: not recent published rows, not rows still waiting to be sent, not parked rows,
 * however old. (The schedule is off in tests; the test sweeps through the admin operation when it
 * means to.)
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxHousekeepingIT {

    private static final String DATABASE = "compact_test";

    @Test
    void publishedRowsPastTheRetentionAreDeletedInBatchesAndNothingElse() {
        String run = UUID.randomUUID().toString();
        insert(1100, run + "-old", "now() - interval '9 days'", "now() - interval '8 days'", "null", "null");
        insert(5, run + "-recent", "now() - interval '2 days'", "now() - interval '1 day'", "null", "null");
        // Waiting their next attempt (so the relay leaves them alone during the test), a month old.
        insert(3, run + "-waiting", "now() - interval '30 days'", "null", "null", "now() + interval '1 day'");
        insert(2, run + "-parked", "now() - interval '30 days'", "null", "now() - interval '20 days'", "null");

        JsonPath sweep = sweep();

        assertThat(left(run + "-old")).isZero();
        assertThat(left(run + "-recent")).isEqualTo(5);
        assertThat(left(run + "-waiting")).isEqualTo(3);
        assertThat(left(run + "-parked")).isEqualTo(2);
        assertThat(sweep.getLong("deleted")).isEqualTo(1100);
        assertThat(sweep.getInt("batches")).as("500, 500 and 100").isEqualTo(3);

        assertThat(sweep().getLong("deleted")).as("a second sweep").isZero();
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("compact_outbox_deleted_total(\\{[^}]*})? [1-9]");
        TestDatabase.execute(DATABASE, "delete from outbox_event where aggregate_id like ?", run + "-%");
    }

    @Test
    void onlyPlatformAdminsSweep() {
        given().header("Authorization", Tokens.bearer("maple-staff")).when().post("/api/admin/outbox/housekeeping")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static JsonPath sweep() {
        return given().header("Authorization", Tokens.bearer("admin")).when().post("/api/admin/outbox/housekeeping")
                .then().statusCode(200).extract().jsonPath();
    }

    /** {@code count} rows of one aggregate prefix (each its own aggregate), with the given timestamps. */
    private static void insert(int count, String aggregate, String occurredAt, String publishedAt, String parkedAt,
            String nextAttemptAt) {
        TestDatabase.execute(DATABASE, "insert into outbox_event (id, topic, event_type, aggregate_id, payload,"
                + " occurred_at, published_at, parked_at, next_attempt_at)"
                + " select gen_random_uuid(), 'compact.housekeeping-test', 'org.compactdpa.test.housekeeping.v1',"
                + " ? || '-' || n, '{}', " + occurredAt + ", " + publishedAt + ", " + parkedAt + ", " + nextAttemptAt
                + " from generate_series(1, ?) as n", aggregate, count);
    }

    private static long left(String aggregate) {
        return TestDatabase.count(DATABASE, "select count(*) from outbox_event where aggregate_id like ?",
                aggregate + "-%");
    }
}
