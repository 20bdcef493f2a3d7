package org.compactdpa.districts.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the public lists rebuilt from the real topics equal what the live consumers built
 * (every column but {@code updated_at}, the time this service applied an event), and the rebuild of
 * the public lists leaves the app requests and the outbox alone.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ProjectionRebuildIT {

    private static final String DATABASE = "compact_test";

    @Test
    void theRebuiltCatalogAndPublicListsEqualTheLiveOnes() {
        UUID maple = DemoDistricts.newDistrict("MA");
        UUID harbor = DemoDistricts.newDistrict("MA");
        UUID reader = DemoDistricts.product("Rebuild Reader", List.of(DataElement.STUDENT_NAME));
        UUID maths = DemoDistricts.product("Rebuild Maths", List.of(DataElement.ASSESSMENT));
        UUID quiz = DemoDistricts.product("Rebuild Quiz", List.of());
        KafkaEvents.publish(UUID.randomUUID().toString(), maths, new ProductDetailsChanged(maths,
                DemoOrganisations.BRIGHTPATH, "Rebuild Maths Plus", "https://example.com/maths",
                SecurityFramework.NIST_CSF, Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.BRIGHTPATH, new VendorProfileChanged(
                DemoOrganisations.BRIGHTPATH, 2, "Brightpath Learning, Inc.", null, null, Instant.now()));
        AgreementExecuted offer = DemoDistricts.executed(maple, true, Map.of(reader, "Rebuild Reader",
                maths, "Rebuild Maths"));
        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
        UUID adoption = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), adoption, new AgreementAdopted(adoption, offer.agreementId(),
                offer.vendorId(), offer.vendorName(), harbor, DemoOrganisations.CONSORTIUM, "MA", offer.products(),
                LocalDate.now(), offer.expiresOn(), Instant.now()));
        AgreementExecuted ended = DemoDistricts.executed(maple, false, Map.of(quiz, "Rebuild Quiz"));
        KafkaEvents.publish(UUID.randomUUID().toString(), ended.agreementId(), ended);
        KafkaEvents.publish(UUID.randomUUID().toString(), ended.agreementId(), new AgreementExpired(ended.agreementId(),
                maple, DemoOrganisations.BRIGHTPATH, LocalDate.now()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(count("select count(*) from known_product where id = ? and name = 'Rebuild Maths Plus'", maths))
                    .isEqualTo(1);
            // The vendor's change is keyed by the vendor, the products' by themselves: other partitions, any order.
            assertThat(count("select count(*) from known_vendor where id = ? and name = 'Brightpath Learning, Inc.'",
                    DemoOrganisations.BRIGHTPATH)).isEqualTo(1);
            assertThat(count("select count(*) from district_product where district_id = ? and status = 'APPROVED'",
                    harbor)).isEqualTo(2);
            assertThat(count("select count(*) from agreement_coverage where agreement_id = ? and status = 'EXPIRED'",
                    ended.agreementId())).isEqualTo(1);
        });

        List<String> catalog = List.of("select id, name from known_vendor order by id",
                "select id, vendor_id, name, data_elements, other_data from known_product order by id");
        List<String> lists = List.of(
                "select agreement_id, product_id, district_id, vendor_id, vendor_name, product_name, status,"
                        + " relationship, origin_agreement_id, effective_on, expires_on from agreement_coverage"
                        + " where district_id in (?, ?) order by agreement_id, product_id",
                "select district_id, product_id, vendor_id, status, agreement_id, relationship, effective_on, expires_on"
                        + " from district_product where district_id in (?, ?) order by district_id, product_id",
                "select o.agreement_id, o.vendor_id, o.state, o.consortium_id, o.expires_on, o.status, p.product_id"
                        + " from known_offer o join known_offer_product p using (agreement_id)"
                        + " where o.agreement_id in (select agreement_id from agreement_coverage where district_id in (?, ?))"
                        + " order by 1, 7");
        List<List<List<Object>>> catalogBefore = catalog.stream().map(sql -> rows(sql)).toList();
        List<List<List<Object>>> listsBefore = lists.stream().map(sql -> rows(sql, maple, harbor)).toList();
        long requestSteps = count("select count(*) from app_request_history");
        long outbox = count("select count(*) from outbox_event");
        assertThat(listsBefore.get(1)).hasSize(5);

        JsonPath catalogReport = rebuild("catalog");
        JsonPath listReport = rebuild("public-list");

        assertThat(catalog.stream().map(sql -> rows(sql)).toList()).isEqualTo(catalogBefore);
        assertThat(lists.stream().map(sql -> rows(sql, maple, harbor)).toList()).isEqualTo(listsBefore);
        assertThat(count("select count(*) from app_request_history")).as("app requests untouched").isEqualTo(requestSteps);
        assertThat(count("select count(*) from outbox_event")).as("nothing announced").isEqualTo(outbox);
        assertThat(catalogReport.getLong("events")).isGreaterThanOrEqualTo(5);
        assertThat(listReport.getList("topics")).containsExactly("compact.agreements");
        assertThat(listReport.getLong("events")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theProjectionsAreListedForPlatformAdminsOnly() {
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/admin/projections")
                .then().statusCode(200).body("name", hasItems("catalog", "public-list"));
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/admin/projections")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static JsonPath rebuild(String projection) {
        return given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/admin/projections/" + projection + "/rebuild")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long count(String sql, Object... parameters) {
        return TestDatabase.count(DATABASE, sql, parameters);
    }

    private static List<List<Object>> rows(String sql, Object... parameters) {
        // The service's own connection settings: its database, as the role it runs as.
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
