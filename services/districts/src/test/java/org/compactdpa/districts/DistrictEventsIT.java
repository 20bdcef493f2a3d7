package org.compactdpa.districts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.TestInfrastructure;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The outbox against the real broker: published once, after commit, and never for a rolled-back change. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class DistrictEventsIT {

    @Inject
    FailingRegistration failingRegistration;

    private static String register(String name) {
        String location = given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "state", "MA", "ncesId", newNcesId()))
                .when().post("/api/districts")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String newNcesId() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    @Test
    void registeringADistrictPublishesABinaryCloudEventKeyedByTheDistrict() {
        String id = register("Cloud Event District");

        KafkaEvents.Received event = KafkaEvents.await(Topics.DISTRICTS, e -> id.equals(e.key()), Duration.ofSeconds(20))
                .get(0);

        assertThat(event.type()).isEqualTo("org.compactdpa.district.registered.v1");
        assertThat(event.source()).isEqualTo("/compact/districts");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.id()).isNotBlank();
        assertThat(event.contentType()).startsWith("application/json");
        assertThat(event.payload()).contains("\"districtId\":\"" + id + "\"").contains("Cloud Event District");
    }

    @Test
    void withTheBrokerStoppedTheWriteSucceedsAndTheEventArrivesExactlyOnceWhenItReturns() {
        TestInfrastructure.get().kafka().stop();
        String id;
        try {
            id = register("Written During Outage");
            given().header("Authorization", Tokens.bearer("admin")).when().get("/api/admin/outbox")
                    .then().statusCode(200).body("pending", greaterThanOrEqualTo(1));
            assertThat(TestDatabase.count("compact_test",
                    "select count(*) from outbox_event where aggregate_id = ? and published_at is null", id))
                    .isEqualTo(1);
        } finally {
            TestInfrastructure.get().kafka().start(null);
            TestInfrastructure.get().kafka().awaitReady(Duration.ofSeconds(60));
        }

        KafkaEvents.await(Topics.DISTRICTS, e -> id.equals(e.key()), Duration.ofSeconds(60));
        List<KafkaEvents.Received> all = KafkaEvents.readAll(Topics.DISTRICTS, Duration.ofSeconds(3));
        assertThat(all.stream().filter(e -> id.equals(e.key()))).hasSize(1);
        assertThat(TestDatabase.count("compact_test",
                "select count(*) from outbox_event where aggregate_id = ? and published_at is not null", id))
                .isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Throwable {
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(
                () -> failingRegistration.registerThenFail(rolledBack, newNcesId())))
                .hasMessageContaining("failure after the outbox write");

        // A later event on the same topic proves the relay has run past the point of the failure.
        String later = register("Committed After The Rollback");
        KafkaEvents.await(Topics.DISTRICTS, e -> later.equals(e.key()), Duration.ofSeconds(20));

        assertThat(KafkaEvents.readAll(Topics.DISTRICTS, Duration.ofSeconds(2)))
                .noneMatch(e -> rolledBack.toString().equals(e.key()));
        assertThat(TestDatabase.count("compact_test", "select count(*) from outbox_event where aggregate_id = ?",
                rolledBack.toString())).isZero();
        given().when().get("/api/districts/" + rolledBack).then().statusCode(404);
    }

    @Test
    void creatingAConsortiumPublishesItsEvent() {
        Instant before = Instant.now().minusSeconds(5);
        String name = "Evented Alliance " + UUID.randomUUID();
        String id = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "states", List.of("ME", "VT")))
                .when().post("/api/consortia")
                .then().statusCode(201).extract().path("id");

        KafkaEvents.Received event = only(id, "org.compactdpa.consortium.created.v1");
        assertCloudEvent(event, id, before);
        assertThat(event.payload()).contains("\"consortiumId\":\"" + id + "\"").contains(name)
                .contains("\"states\":[\"ME\",\"VT\"]");
    }

    @Test
    void aDistrictJoiningAConsortiumPublishesItsEvent() {
        Instant before = Instant.now().minusSeconds(5);
        String consortium = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "Joined Alliance " + UUID.randomUUID(), "states", List.of("MA")))
                .when().post("/api/consortia")
                .then().statusCode(201).extract().path("id");
        String district = register("Joining District");
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("districtId", district))
                .when().post("/api/consortia/" + consortium + "/members")
                .then().statusCode(201);

        KafkaEvents.Received event = only(district, "org.compactdpa.district.joined-consortium.v1");
        assertCloudEvent(event, district, before);
        assertThat(event.payload()).contains("\"districtId\":\"" + district + "\"")
                .contains("\"consortiumId\":\"" + consortium + "\"").contains("\"state\":\"MA\"");
    }

    @Test
    void anAppRequestPublishesItsSubmissionAndEveryResolutionStep() {
        Instant before = Instant.now().minusSeconds(5);
        String district = register("Requesting District");
        String request = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("productName", "Evented App"))
                .when().post("/api/districts/" + district + "/app-requests")
                .then().statusCode(201).extract().path("id");
        KafkaEvents.Received submitted = only(request, "org.compactdpa.app-request.submitted.v1");
        assertCloudEvent(submitted, request, before);
        assertThat(submitted.payload()).contains("\"districtId\":\"" + district + "\"")
                .contains("\"productName\":\"Evented App\"").contains("\"status\":\"QUEUED\"");

        resolve(request, "NEGOTIATION_STARTED");
        KafkaEvents.Received started = KafkaEvents.await(Topics.DISTRICTS, e -> request.equals(e.key())
                && e.payload().contains("NEGOTIATION_STARTED"), Duration.ofSeconds(20)).get(0);
        assertCloudEvent(started, request, before);
        assertThat(started.type()).isEqualTo("org.compactdpa.app-request.resolved.v1");

        resolve(request, "DECLINED");
        KafkaEvents.Received declined = KafkaEvents.await(Topics.DISTRICTS, e -> request.equals(e.key())
                && e.payload().contains("\"outcome\":\"DECLINED\""), Duration.ofSeconds(20)).get(0);
        assertCloudEvent(declined, request, before);
        assertThat(declined.type()).isEqualTo("org.compactdpa.app-request.resolved.v1");
        assertThat(declined.payload()).contains("\"note\":\"Step DECLINED\"");
        assertThat(KafkaEvents.readAll(Topics.DISTRICTS, Duration.ofSeconds(2)).stream()
                .filter(e -> request.equals(e.key())).map(KafkaEvents.Received::type))
                .containsExactly("org.compactdpa.app-request.submitted.v1", "org.compactdpa.app-request.resolved.v1",
                        "org.compactdpa.app-request.resolved.v1");
    }

    private static void resolve(String request, String outcome) {
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "note", "Step " + outcome))
                .when().post("/api/app-requests/" + request + "/resolve")
                .then().statusCode(200).body("status", equalTo(outcome));
    }

    /** The one event of this type for the key, once it has arrived. */
    private static KafkaEvents.Received only(String key, String type) {
        KafkaEvents.await(Topics.DISTRICTS, e -> key.equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(20));
        List<KafkaEvents.Received> found = KafkaEvents.readAll(Topics.DISTRICTS, Duration.ofSeconds(2)).stream()
                .filter(e -> key.equals(e.key()) && type.equals(e.type())).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** A binary-mode CloudEvent 1.0 of this service about the key, stamped after {@code notBefore}. */
    private static void assertCloudEvent(KafkaEvents.Received event, String key, Instant notBefore) {
        assertThat(event.specVersion()).isEqualTo("1.0");
        assertThat(event.source()).isEqualTo("/compact/districts");
        assertThat(event.subject()).isEqualTo(key);
        assertThat(event.id()).isNotBlank();
        assertThat(event.contentType()).startsWith("application/json");
        assertThat(event.time()).isNotNull();
        assertThat(ZonedDateTime.parse(event.time()).toInstant()).isAfter(notBefore).isBefore(Instant.now());
    }
}
