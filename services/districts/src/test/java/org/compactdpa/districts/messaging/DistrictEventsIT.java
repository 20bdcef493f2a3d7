package org.compactdpa.districts.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
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
                .body(java.util.Map.of("name", name, "state", "MA", "ncesId", newNcesId()))
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
}
