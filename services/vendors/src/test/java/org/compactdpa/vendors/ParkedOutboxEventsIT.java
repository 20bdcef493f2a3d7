package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A poison event (one the broker refuses for good) is parked instead of retried for ever, the later
 * events of its aggregate wait behind it, and an operator's requeue lets them all through in order.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ParkedOutboxEventsIT {

    private static final String DATABASE = "compact_test";
    /** Over the producer's max.request.size (1 MiB), so Kafka refuses the record itself. */
    private static final int TOO_LARGE = 1_200_000;

    @Test
    void aRecordTooLargeIsParkedAndHoldsBackItsAggregateUntilRequeued() {
        String aggregate = UUID.randomUUID().toString();
        UUID poison = UUID.randomUUID();
        insert(poison, aggregate, "{\"note\":\"" + "x".repeat(TOO_LARGE) + "\"}");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).alias("the oversized event is parked")
                .until(() -> count("parked_at is not null", poison) == 1);
        assertThat(TestDatabase.count(DATABASE, "select attempts from outbox_event where id = ?", poison))
                .isEqualTo(1);

        UUID behind = UUID.randomUUID();
        insert(behind, aggregate, "{\"note\":\"small\"}");
        // An event of another aggregate, written after it: once that one is on the topic, the relay has
        // run a round that saw the waiting event, so what follows holds without waiting on a clock.
        UUID control = UUID.randomUUID();
        insert(control, UUID.randomUUID().toString(), "{\"note\":\"control\"}");
        KafkaEvents.await(Topics.VENDORS, e -> control.toString().equals(e.id()), Duration.ofSeconds(30));
        assertThat(count("published_at is null and parked_at is null", behind))
                .as("the later event of the aggregate waits behind the parked one").isEqualTo(1);
        assertThat(TestDatabase.count(DATABASE, "select attempts from outbox_event where id = ?", poison))
                .as("a parked event is not retried").isEqualTo(1);
        assertThat(TestDatabase.count(DATABASE, "select attempts from outbox_event where id = ?", behind))
                .as("nor is the one behind it tried").isZero();

        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/admin/outbox")
                .then().statusCode(200)
                .body("parked", greaterThanOrEqualTo(1))
                .body("blocked", greaterThanOrEqualTo(1))
                .body("pending", greaterThanOrEqualTo(1));
        JsonPath parked = given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("size", 200).when().get("/api/admin/outbox/parked")
                .then().statusCode(200).body("items.id", hasItem(poison.toString()))
                .extract().jsonPath();
        Map<String, Object> listed = parked.getMap("items.find { it.id == '" + poison + "' }");
        assertThat(listed).containsEntry("type", "org.compactdpa.test.oversized.v1")
                .containsEntry("aggregateId", aggregate).containsEntry("attempts", 1);
        assertThat((String) listed.get("lastError")).startsWith("RecordTooLargeException");
        assertThat(listed.get("parkedAt")).isNotNull();
        assertThat(parked.getList("items.id")).doesNotContain(behind.toString());

        given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/outbox/parked/" + behind + "/requeue")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        // The operator fixes the cause (here: the payload), then requeues.
        TestDatabase.execute(DATABASE, "update outbox_event set payload = ? where id = ?", "{\"note\":\"fixed\"}",
                poison);
        given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/outbox/parked/" + poison + "/requeue")
                .then().statusCode(204);

        KafkaEvents.await(Topics.VENDORS, e -> behind.toString().equals(e.id()), Duration.ofSeconds(30));
        List<String> ids = KafkaEvents.readAll(Topics.VENDORS, Duration.ofSeconds(2)).stream()
                .filter(e -> aggregate.equals(e.key())).map(KafkaEvents.Received::id).toList();
        assertThat(ids).containsExactly(poison.toString(), behind.toString());
        assertThat(count("published_at is not null and parked_at is null", poison)).isEqualTo(1);
    }

    @Test
    void requeueIsForPlatformAdminsAndKnownIdsOnly() {
        UUID unknown = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/outbox/parked/" + unknown + "/requeue")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .when().post("/api/admin/outbox/parked/" + unknown + "/requeue")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .when().get("/api/admin/outbox/parked")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("admin")).queryParam("size", 1000)
                .when().get("/api/admin/outbox/parked")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theOutboxGaugesAreExported() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("compact_outbox_parked").contains("compact_outbox_pending")
                .contains("compact_outbox_parkings_total");
    }

    private static void insert(UUID id, String aggregate, String payload) {
        TestDatabase.execute(DATABASE, "insert into outbox_event (id, topic, event_type, aggregate_id, payload,"
                + " occurred_at) values (?, ?, ?, ?, ?, ?)", id, Topics.VENDORS, "org.compactdpa.test.oversized.v1",
                aggregate, payload, OffsetDateTime.now());
    }

    private static long count(String condition, UUID id) {
        return TestDatabase.count(DATABASE, "select count(*) from outbox_event where id = ? and " + condition, id);
    }
}
