package org.compactdpa.signatures.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The districts projection rebuilt from the real topic by the admin operation equals the projection
 * the live consumer built, row for row, and the inbox records equal too; a projection damaged by hand
 * is repaired the same way. {@code updated_at} is left out of the comparison: it says when this service
 * applied an event, which a rebuild does again.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ProjectionRebuildIT {

    private static final String DATABASE = "compact_test";
    private static final String DISTRICTS = "select id, name, state, nces_id, registered_at from known_district order by id";
    private static final String MEMBERSHIPS = "select district_id, consortium_id, joined_at from known_membership"
            + " order by district_id, consortium_id";
    private static final String INBOX = "select event_id, event_type from inbox_event"
            + " where consumer = 'signatures.districts' order by event_id";

    @Test
    void aRebuiltProjectionEqualsTheLiveOne() {
        List<UUID> fed = feedDistricts(8);
        List<List<Object>> districts = rows(DISTRICTS);
        List<List<Object>> memberships = rows(MEMBERSHIPS);
        List<List<Object>> inbox = rows(INBOX);

        JsonPath report = rebuild("districts");

        assertThat(rows(DISTRICTS)).as("known_district after the rebuild").isEqualTo(districts);
        assertThat(rows(MEMBERSHIPS)).as("known_membership after the rebuild").isEqualTo(memberships);
        assertThat(rows(INBOX)).as("the consumer's inbox after the rebuild").isEqualTo(inbox);
        assertThat(report.getString("projection")).isEqualTo("districts");
        assertThat(report.getList("topics")).containsExactly("compact.districts");
        // Three events per fed district at least (registered, renamed, joined), and every other test's too.
        assertThat(report.getLong("events")).isGreaterThanOrEqualTo(3L * fed.size());
        assertThat(report.getLong("applied")).isEqualTo(inbox.size());
        assertThat(report.getLong("rowsAfter.known_district")).isEqualTo(districts.size());
        assertThat(report.getLong("rowsAfter.known_membership")).isEqualTo(memberships.size());
        assertThat(report.getLong("durationMs")).isNotNegative();
    }

    @Test
    void aRebuildRepairsAProjectionDamagedBySql() {
        List<UUID> fed = feedDistricts(4);
        List<List<Object>> districts = rows(DISTRICTS);
        List<List<Object>> memberships = rows(MEMBERSHIPS);

        TestDatabase.execute(DATABASE, "delete from known_membership where district_id = ?", fed.get(0));
        TestDatabase.execute(DATABASE, "delete from known_district where id = ?", fed.get(0));
        TestDatabase.execute(DATABASE, "update known_district set name = 'Vandalised', state = 'ZZ' where id = ?",
                fed.get(1));
        TestDatabase.execute(DATABASE, "update known_membership set joined_at = now() where district_id = ?", fed.get(2));
        TestDatabase.execute(DATABASE, "insert into known_district (id, name, state, nces_id, registered_at, updated_at)"
                + " values (?, 'Never announced', 'MA', '0000000', now(), now())", UUID.randomUUID());
        // The inbox still says the deleted district's events were handled: the rebuild must not trust it.
        assertThat(rows(DISTRICTS)).isNotEqualTo(districts);

        rebuild("districts");

        assertThat(rows(DISTRICTS)).isEqualTo(districts);
        assertThat(rows(MEMBERSHIPS)).isEqualTo(memberships);
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/directory/districts/" + fed.get(1))
                .then().statusCode(200).body("name", equalTo("Renamed " + fed.get(1))).body("state", equalTo("MA"));
    }

    @Test
    void anEventWhoseHandlerFailsIsSkippedAndReportedAsTheLiveConsumerDeadLettersIt() {
        UUID broken = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        // A state code the projection's column cannot hold: the live consumer sends it to the dead-letter topic.
        KafkaEvents.send(eventId, broken.toString(), DistrictRegistered.class, "{\"districtId\":\"" + broken
                + "\",\"name\":\"Broken\",\"state\":\"MASS\",\"ncesId\":\"2500001\",\"registeredAt\":\""
                + Instant.now() + "\"}");
        KafkaEvents.await("compact.dlq.signatures", e -> eventId.equals(e.id()), Duration.ofSeconds(60));
        feedDistricts(2);
        List<List<Object>> districts = rows(DISTRICTS);
        List<List<Object>> inbox = rows(INBOX);

        JsonPath report = rebuild("districts");

        assertThat(report.getLong("failed")).isGreaterThanOrEqualTo(1);
        assertThat(report.getList("failures.eventId")).contains(eventId);
        assertThat(report.getString("failures.find { it.eventId == '" + eventId + "' }.topic"))
                .isEqualTo("compact.districts");
        assertThat(rows(DISTRICTS)).as("the others applied around it").isEqualTo(districts);
        assertThat(rows(INBOX)).isEqualTo(inbox);
        assertThat(TestDatabase.count(DATABASE, "select count(*) from known_district where id = ?", broken)).isZero();
    }

    @Test
    void theProjectionsAreListedAndOnlyPlatformAdminsRebuildThem() {
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/projections")
                .then().statusCode(200)
                .body("name", hasItems("catalog", "districts", "terms"))
                .body("find { it.name == 'districts' }.tables", equalTo(List.of("known_membership", "known_district")))
                .body("find { it.name == 'districts' }.consumers", equalTo(List.of("signatures.districts")))
                .body("find { it.name == 'terms' }.tables", equalTo(List.of()));
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().post("/api/admin/projections/districts/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().post("/api/admin/projections/districts/rebuild")
                .then().statusCode(401);
        given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/projections/no-such-projection/rebuild")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCatalogAndTheTermsAreRebuiltToo() {
        JsonPath catalog = rebuild("catalog");
        assertThat(catalog.getList("topics")).containsExactly("compact.vendors");
        JsonPath terms = rebuild("terms");
        // Terms are only refilled, never emptied: agreements refer to them.
        assertThat(terms.getMap("rowsBefore")).isEmpty();
        assertThat(terms.getLong("failed")).isZero();
    }

    private static JsonPath rebuild(String projection) {
        return given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/projections/" + projection + "/rebuild")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    /** Per district: registered, renamed, joined a consortium; answers once the live consumer applied them all. */
    private static List<UUID> feedDistricts(int count) {
        List<UUID> ids = new ArrayList<>();
        Instant registeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictRegistered.class,
                    "{\"districtId\":\"" + id + "\",\"name\":\"District " + id + "\",\"state\":\"MA\","
                            + "\"ncesId\":\"25" + String.format("%05d", i) + "\",\"registeredAt\":\"" + registeredAt + "\"}");
            KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictRegistered.class,
                    "{\"districtId\":\"" + id + "\",\"name\":\"Renamed " + id + "\",\"state\":\"MA\","
                            + "\"ncesId\":\"25" + String.format("%05d", i) + "\",\"registeredAt\":\"" + registeredAt + "\"}");
            KafkaEvents.send(UUID.randomUUID().toString(), id.toString(), DistrictJoinedConsortium.class,
                    "{\"districtId\":\"" + id + "\",\"consortiumId\":\"" + UUID.randomUUID() + "\",\"state\":\"MA\","
                            + "\"joinedAt\":\"" + registeredAt.plusSeconds(i) + "\"}");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (UUID id : ids) {
                assertThat(TestDatabase.count(DATABASE, "select count(*) from known_district where id = ? and name = ?",
                        id, "Renamed " + id)).as("district %s renamed", id).isEqualTo(1);
                assertThat(TestDatabase.count(DATABASE, "select count(*) from known_membership where district_id = ?",
                        id)).as("district %s joined", id).isEqualTo(1);
            }
        });
        return ids;
    }

    /** Every row of the query, each as its column values. */
    static List<List<Object>> rows(String sql) {
        // The service's own connection settings: its database, as the role it runs as.
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
