package org.compactdpa.signatures.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An event the consumer cannot handle lands on the dead-letter topic with its origin and reason, is
 * counted in the outbox status and listed, and once the cause is fixed a replay sends it back to its
 * topic, once, where the consumer now applies it.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLettersIT {

    private static final String DATABASE = "compact_test";
    private static final String DLQ = "compact.dlq.signatures";

    @Test
    void aDeadLetterIsCountedListedAndReplayedOnceAfterTheFix() {
        UUID district = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String name = "Poison " + district;
        String function = "reject_" + district.toString().replace("-", "");
        // The "bug": the projection's table refuses this one district until the trigger is dropped.
        TestDatabase.executeAsSuperuser(DATABASE, "create function " + function + "() returns trigger language plpgsql"
                + " as $$ begin if new.name = '" + name + "' then raise exception 'district % is poisoned', new.id;"
                + " end if; return new; end $$");
        TestDatabase.executeAsSuperuser(DATABASE, "create trigger " + function + " before insert or update on"
                + " known_district for each row execute function " + function + "()");
        try {
            KafkaEvents.send(eventId, district.toString(), DistrictRegistered.class, registered(district, name));

            ConsumerRecord<String, String> dead = awaitRecord(DLQ, eventId);
            assertThat(dead.key()).isEqualTo(district.toString());
            assertThat(header(dead, "ce_type")).isEqualTo("org.compactdpa.district.registered.v1");
            assertThat(header(dead, "dead-letter-topic")).isEqualTo("compact.districts");
            assertThat(header(dead, "dead-letter-partition")).matches("\\d+");
            assertThat(header(dead, "dead-letter-offset")).matches("\\d+");
            assertThat(header(dead, "dead-letter-reason")).isNotBlank();
            assertThat(header(dead, "dead-letter-cause") + " " + header(dead, "dead-letter-reason")).contains("poisoned");

            // Again while the broker is slow to answer, which the status reports rather than waits out.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().header("Authorization", Tokens.bearer("admin")).when().get("/api/admin/outbox")
                            .then().statusCode(200)
                            .body("deadLetters.topic", equalTo(DLQ))
                            .body("deadLetters.unreplayed", greaterThanOrEqualTo(1))
                            .body("deadLetters.lastError", notNullValue())
                            .body("deadLetters.lastFailedAt", notNullValue()));
            Map<String, Object> listed = listed(eventId);
            assertThat(listed).as("the dead letter in the list").isNotNull()
                    .containsEntry("originalTopic", "compact.districts")
                    .containsEntry("originalOffset", Integer.valueOf(header(dead, "dead-letter-offset")))
                    .containsEntry("key", district.toString())
                    .containsEntry("type", "org.compactdpa.district.registered.v1")
                    .doesNotContainKey("payload");
        } finally {
            TestDatabase.executeAsSuperuser(DATABASE, "drop trigger " + function + " on known_district");
            TestDatabase.executeAsSuperuser(DATABASE, "drop function " + function + "()");
        }

        given().header("Authorization", Tokens.bearer("admin")).when().post("/api/admin/dead-letters/replay")
                .then().statusCode(200).body("topic", equalTo(DLQ)).body("replayed", greaterThanOrEqualTo(1));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("admin"))
                        .when().get("/api/admin/directory/districts/" + district)
                        .then().statusCode(200).body("name", equalTo(name)));
        assertThat(listed(eventId)).as("replayed, so no longer waiting").isNull();

        // A second replay does not send it again: the original and one copy are all the topic holds.
        given().header("Authorization", Tokens.bearer("admin")).when().post("/api/admin/dead-letters/replay")
                .then().statusCode(200);
        List<KafkaEvents.Received> copies = KafkaEvents.readAll("compact.districts", Duration.ofSeconds(2)).stream()
                .filter(e -> eventId.equals(e.id())).toList();
        assertThat(copies).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.key()).isEqualTo(district.toString());
            assertThat(copy.type()).isEqualTo("org.compactdpa.district.registered.v1");
            assertThat(copy.source()).isEqualTo("/compact/test");
        });
        assertThat(TestDatabase.count(DATABASE, "select count(*) from inbox_event where consumer = 'signatures.districts'"
                + " and event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void deadLettersAreForPlatformAdminsOnlyAndCounted() {
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/admin/dead-letters")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("maple-staff")).when().post("/api/admin/dead-letters/replay")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("admin")).queryParam("size", 1000)
                .when().get("/api/admin/dead-letters")
                .then().statusCode(400).contentType("application/problem+json");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("compact_dead_letters ").contains("compact_dead_letters_replayed_total");
    }

    private static Map<String, Object> listed(String eventId) {
        JsonPath page = given().header("Authorization", Tokens.bearer("admin")).queryParam("size", 200)
                .when().get("/api/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        return page.getMap("items.find { it.eventId == '" + eventId + "' }");
    }

    private static String registered(UUID id, String name) {
        return "{\"districtId\":\"" + id + "\",\"name\":\"" + name + "\",\"state\":\"MA\","
                + "\"ncesId\":\"2500009\",\"registeredAt\":\"" + Instant.now() + "\"}";
    }

    /** Waits for the record carrying the CloudEvent id on the topic, headers and all. */
    private static ConsumerRecord<String, String> awaitRecord(String topic, String ceId) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "test-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (ceId.equals(header(record, "ce_id"))) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
