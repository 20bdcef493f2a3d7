package org.compactdpa.districts.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agreement and vendor events on the real broker turn into the districts' public lists. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicListIT {

    @BeforeEach
    void demo() {
        DemoDistricts.ensure();
    }

    /** The product's line on the district's list, or null while it is not there. */
    private static JsonPath line(UUID districtId, UUID productId) {
        List<Map<String, Object>> items = given().queryParam("size", 200)
                .when().get("/api/districts/" + districtId + "/products")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> productId.toString().equals(i.get("productId"))).findFirst()
                .map(i -> JsonPath.from(toJson(i))).orElse(null);
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitStatus(UUID districtId, UUID productId, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath found = line(districtId, productId);
            assertThat(found).as("line for product %s", productId).isNotNull();
            assertThat(found.getString("status")).isEqualTo(status);
        });
    }

    @Test
    void anExecutedAgreementApprovesItsProductsAndItsExpiryWithdrawsThem() {
        UUID product = DemoDistricts.product("Phonics Forest", List.of(DataElement.STUDENT_NAME, DataElement.ASSESSMENT));
        AgreementExecuted executed = DemoDistricts.executed(DemoOrganisations.MAPLE, false, Map.of(product, "Phonics Forest"));
        String executedEventId = UUID.randomUUID().toString();
        KafkaEvents.publish(executedEventId, executed.agreementId(), executed);

        awaitStatus(DemoOrganisations.MAPLE, product, "APPROVED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath approved = line(DemoOrganisations.MAPLE, product);
            assertThat(approved.getList("dataElements")).containsExactly("ASSESSMENT", "STUDENT_NAME");
        });
        JsonPath approved = line(DemoOrganisations.MAPLE, product);
        assertThat(approved.getString("vendor")).isEqualTo("Brightpath Learning, Inc.");
        assertThat(approved.getString("agreementId")).isEqualTo(executed.agreementId().toString());
        assertThat(approved.getString("relationship")).isEqualTo("ORIGINATED");
        assertThat(approved.getString("expiresOn")).isEqualTo(executed.expiresOn().toString());

        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), new AgreementExpired(
                executed.agreementId(), DemoOrganisations.MAPLE, DemoOrganisations.BRIGHTPATH, LocalDate.now()));
        awaitStatus(DemoOrganisations.MAPLE, product, "NOT_APPROVED");

        // The executed event delivered again must not bring the expired agreement back.
        KafkaEvents.publish(executedEventId, executed.agreementId(), executed);
        UUID marker = DemoDistricts.product("Marker After Redelivery", List.of());
        AgreementExecuted later = DemoDistricts.executed(DemoOrganisations.MAPLE, false, Map.of(marker, "Marker"));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), later);
        awaitStatus(DemoOrganisations.MAPLE, marker, "APPROVED");
        assertThat(line(DemoOrganisations.MAPLE, product).getString("status")).isEqualTo("NOT_APPROVED");
    }

    @Test
    void anAdoptionApprovesTheProductForTheAdoptingDistrictToo() {
        UUID product = DemoDistricts.product("Shared Science", List.of(DataElement.STUDENT_WORK));
        AgreementExecuted origin = DemoDistricts.executed(DemoOrganisations.MAPLE, true, Map.of(product, "Shared Science"));
        KafkaEvents.publish(UUID.randomUUID().toString(), origin.agreementId(), origin);
        UUID adoption = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), adoption, new AgreementAdopted(adoption, origin.agreementId(),
                origin.vendorId(), origin.vendorName(), DemoOrganisations.HARBOR, DemoOrganisations.CONSORTIUM, "MA",
                origin.products(), LocalDate.now(), origin.expiresOn(), Instant.now()));

        awaitStatus(DemoOrganisations.MAPLE, product, "APPROVED");
        awaitStatus(DemoOrganisations.HARBOR, product, "APPROVED");
        assertThat(line(DemoOrganisations.HARBOR, product).getString("relationship")).isEqualTo("ADOPTED");
        assertThat(line(DemoOrganisations.HARBOR, product).getString("expiresOn")).isEqualTo(origin.expiresOn().toString());
    }

    @Test
    void theListFiltersByStatusAndDataElement() {
        UUID special = DemoDistricts.product("Support Plans", List.of(DataElement.SPECIAL_INDICATOR));
        UUID plain = DemoDistricts.product("Plain Reader", List.of(DataElement.STUDENT_NAME));
        AgreementExecuted executed = DemoDistricts.executed(DemoOrganisations.GRANITE, false,
                Map.of(special, "Support Plans", plain, "Plain Reader"));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        awaitStatus(DemoOrganisations.GRANITE, special, "APPROVED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("dataElement", "special_indicator").queryParam("size", 200)
                        .when().get("/api/districts/" + DemoOrganisations.GRANITE + "/products")
                        .then().statusCode(200)
                        .body("items.productId", hasItem(special.toString()))
                        .body("items.productId", not(hasItem(plain.toString()))));
        given().queryParam("status", "NOT_APPROVED").queryParam("size", 200)
                .when().get("/api/districts/" + DemoOrganisations.GRANITE + "/products")
                .then().statusCode(200).body("items.productId", not(hasItem(special.toString())));
    }

    @Test
    void theCsvRoundTripsCommasQuotesAndLineBreaks() throws Exception {
        String awkward = "Reading, \"Writing\" &\nArithmetic";
        UUID product = UUID.randomUUID();
        AgreementExecuted executed = DemoDistricts.executed(DemoOrganisations.HARBOR, false, Map.of(product, awkward));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        awaitStatus(DemoOrganisations.HARBOR, product, "APPROVED");

        String csv = given().queryParam("format", "csv")
                .when().get("/api/districts/" + DemoOrganisations.HARBOR + "/products")
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asString();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord row = records.stream().filter(r -> r.get("product_id").equals(product.toString())).findFirst()
                .orElseThrow();
        assertThat(row.get("product")).isEqualTo(awkward);
        assertThat(row.get("vendor")).isEqualTo("Brightpath Learning, Inc.");
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(row.get("agreement_id")).isEqualTo(executed.agreementId().toString());
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("product,product_id,vendor,vendor_id,status,data_elements,other_data_elements,agreement_id,"
                        + "relationship,effective_on,expires_on");
    }

    @Test
    void theListCanBeEmbeddedFromAnyOrigin() {
        given().header("Origin", "https://www.maple.example.org")
                .when().get("/api/districts/" + DemoOrganisations.MAPLE + "/products")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://www.maple.example.org"));
    }

    @Test
    void badFiltersAndUnknownDistrictsAreProblems() {
        given().queryParam("status", "MAYBE").when().get("/api/districts/" + DemoOrganisations.MAPLE + "/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("dataElement", "SHOE_SIZE").when().get("/api/districts/" + DemoOrganisations.MAPLE + "/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dataElement"));
        given().queryParam("format", "xml").when().get("/api/districts/" + DemoOrganisations.MAPLE + "/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().when().get("/api/districts/" + UUID.randomUUID() + "/products")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
