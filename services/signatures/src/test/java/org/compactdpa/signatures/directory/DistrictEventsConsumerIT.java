package org.compactdpa.signatures.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The district projection fed from the real broker, and the inbox that makes redelivery harmless. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class DistrictEventsConsumerIT {

    private static String registered(UUID id, String name) {
        return registered(id, name, "MA");
    }

    private static String registered(UUID id, String name, String state) {
        return "{\"districtId\":\"" + id + "\",\"name\":\"" + name + "\",\"state\":\"" + state + "\","
                + "\"ncesId\":\"2500001\",\"registeredAt\":\"" + Instant.now() + "\"}";
    }

    private static long inboxRows(String eventId) {
        return TestDatabase.count("compact_test",
                "select count(*) from inbox_event where consumer = 'signatures.districts' and event_id = ?", eventId);
    }

    private static void awaitName(UUID id, String name) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("admin"))
                        .when().get("/api/admin/directory/districts/" + id)
                        .then().statusCode(200).body("name", equalTo(name)));
    }

    @Test
    void aRegisteredDistrictBecomesKnown() {
        UUID id = UUID.randomUUID();
        KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictRegistered.class,
                registered(id, "Projection District"));

        awaitName(id, "Projection District");
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/directory/districts/" + id)
                .then().body("state", equalTo("MA")).body("ncesId", equalTo("2500001"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaEvents.send(eventId, id.toString(), DistrictRegistered.class, registered(id, "Original Name"));
        awaitName(id, "Original Name");

        // Same CloudEvent id again, with a different body: the inbox must recognise and skip it.
        KafkaEvents.send(eventId, id.toString(), DistrictRegistered.class, registered(id, "Redelivered Name"));
        // A fresh event after it on the same partition proves the redelivery was consumed before it.
        UUID consortium = UUID.randomUUID();
        KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictJoinedConsortium.class,
                "{\"districtId\":\"" + id + "\",\"consortiumId\":\"" + consortium + "\",\"state\":\"MA\","
                        + "\"joinedAt\":\"" + Instant.now() + "\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("admin"))
                        .when().get("/api/admin/directory/districts/" + id)
                        .then().statusCode(200).body("consortia[0]", equalTo(consortium.toString())));

        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/directory/districts/" + id)
                .then().body("name", equalTo("Original Name"));
        assertThat(inboxRows(eventId)).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsLeavesNoInboxRowSoTheEventCanStillBeApplied() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        // A state code the projection's column cannot hold: the write fails after the inbox insert.
        KafkaEvents.send(eventId, id.toString(), DistrictRegistered.class, registered(id, "Broken", "MASS"));
        KafkaEvents.await("compact.dlq.signatures", event -> id.toString().equals(event.key()), Duration.ofSeconds(60));

        assertThat(inboxRows(eventId)).as("the inbox row rolled back with the failed write").isZero();
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/directory/districts/" + id)
                .then().statusCode(404);

        // The same event, delivered again in a form the projection can hold, is applied once.
        KafkaEvents.send(eventId, id.toString(), DistrictRegistered.class, registered(id, "Recovered"));
        awaitName(id, "Recovered");
        assertThat(inboxRows(eventId)).isEqualTo(1);
    }

    @Test
    void aNewEventAboutTheSameDistrictIsApplied() {
        UUID id = UUID.randomUUID();
        KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictRegistered.class, registered(id, "Before"));
        awaitName(id, "Before");
        KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictRegistered.class, registered(id, "After"));
        awaitName(id, "After");
    }

    @Test
    void aDistrictNoEventNamedIs404Problem() {
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/directory/districts/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theProjectionIsForOperatorsOnly() {
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/admin/directory/districts/" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }
}
