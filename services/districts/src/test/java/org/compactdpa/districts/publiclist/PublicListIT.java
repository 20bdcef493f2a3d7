package org.compactdpa.districts.publiclist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.districts.support.MovableClock;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agreement and vendor events on the real broker turn into the districts' public lists. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicListIT {

    @Inject
    MovableClock clock;

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

    @Test
    void aChangedDeclarationChangesTheListedDataAndTheFilter() {
        UUID district = DemoDistricts.newDistrict("MA");
        UUID product = DemoDistricts.product("Field Trip Tracker", List.of(DataElement.STUDENT_NAME, DataElement.SCHEDULE));
        AgreementExecuted executed = DemoDistricts.executed(district, false, Map.of(product, "Field Trip Tracker"));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath found = line(district, product);
            assertThat(found).isNotNull();
            assertThat(found.getList("dataElements")).containsExactly("SCHEDULE", "STUDENT_NAME");
        });

        // Sent as the vendors service serialises it; fields this consumer does not read are left out.
        KafkaEvents.send(UUID.randomUUID().toString(), product.toString(), ProductDeclarationChanged.class,
                toJson(Map.of("productId", product.toString(), "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                        "name", "Field Trip Tracker", "declarationVersion", 2,
                        "dataElements", List.of("STUDENT_NAME", "TRANSPORTATION"), "otherDataElements", "Bus stop",
                        "addedDataElements", List.of("TRANSPORTATION"), "removedDataElements", List.of("SCHEDULE"),
                        "changedAt", Instant.now().toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath found = line(district, product);
            assertThat(found.getList("dataElements")).containsExactly("STUDENT_NAME", "TRANSPORTATION");
            assertThat(found.getString("otherDataElements")).isEqualTo("Bus stop");
        });
        given().queryParam("dataElement", "TRANSPORTATION").when().get("/api/districts/" + district + "/products")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].productId", equalTo(product.toString()));
        given().queryParam("dataElement", "SCHEDULE").when().get("/api/districts/" + district + "/products")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRenamedVendorIsListedUnderItsNewName() {
        UUID district = DemoDistricts.newDistrict("MA");
        UUID vendor = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        AgreementExecuted executed = new AgreementExecuted(UUID.randomUUID(), vendor, "Old Name Tutoring, LLC", district,
                null, "MA", List.of(new AgreementProduct(product, "Homework Helper")), false, LocalDate.now(),
                LocalDate.now().plusYears(2), Instant.now());
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath found = line(district, product);
            assertThat(found).isNotNull();
            assertThat(found.getString("vendor")).isEqualTo("Old Name Tutoring, LLC");
        });

        KafkaEvents.publish(UUID.randomUUID().toString(), vendor, new VendorProfileChanged(vendor, 2,
                "New Name Learning, Inc.", "New Name", "https://new-name.example.com", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(line(district, product).getString("vendor")).isEqualTo("New Name Learning, Inc."));
        CSVRecord row = csv(district).stream().filter(r -> r.get("product_id").equals(product.toString())).findFirst()
                .orElseThrow();
        assertThat(row.get("vendor")).isEqualTo("New Name Learning, Inc.");
    }

    @Test
    void anAgreementPastItsExpiryIsNotApprovedWithoutWaitingForItsExpiryEvent() {
        UUID district = DemoDistricts.newDistrict("MA");
        UUID lapsedOnArrival = UUID.randomUUID();
        UUID lapsingToday = UUID.randomUUID();
        AgreementExecuted old = DemoDistricts.executed(district, "MA", false, Map.of(lapsedOnArrival, "Old Atlas"),
                LocalDate.now().minusDays(1));
        AgreementExecuted current = DemoDistricts.executed(district, false, Map.of(lapsingToday, "Current Atlas"));
        KafkaEvents.publish(UUID.randomUUID().toString(), old.agreementId(), old);
        KafkaEvents.publish(UUID.randomUUID().toString(), current.agreementId(), current);
        awaitStatus(district, lapsedOnArrival, "NOT_APPROVED");
        awaitStatus(district, lapsingToday, "APPROVED");

        // The day after the agreement's expiry, before any expiry event: the line as it was decided then.
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(TestDatabase.execute("compact_test", "update district_product set expires_on = ?"
                + " where district_id = ? and product_id = ? and status = 'APPROVED'", yesterday, district, lapsingToday))
                .isEqualTo(1);
        TestDatabase.execute("compact_test", "update agreement_coverage set expires_on = ? where agreement_id = ?",
                yesterday, current.agreementId());

        assertThat(line(district, lapsingToday).getString("status")).isEqualTo("NOT_APPROVED");
        given().queryParam("status", "APPROVED").when().get("/api/districts/" + district + "/products")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("status", "NOT_APPROVED").when().get("/api/districts/" + district + "/products")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.status", equalTo(List.of("NOT_APPROVED", "NOT_APPROVED")));
        assertThat(csv(district)).extracting(r -> r.get("status")).containsExactly("NOT_APPROVED", "NOT_APPROVED");
        // Asking for the product is open again: its approval has lapsed.
        String request = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("productId", lapsingToday.toString(), "productName", "Current Atlas"))
                .when().post("/api/districts/" + district + "/app-requests")
                .then().statusCode(201).body("status", equalTo("QUEUED")).extract().path("id");

        // A renewal executes before the old agreement's expiry event arrives: it answers the request.
        AgreementExecuted renewal = DemoDistricts.executed(district, false, Map.of(lapsingToday, "Current Atlas"));
        KafkaEvents.publish(UUID.randomUUID().toString(), renewal.agreementId(), renewal);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("admin")).when().get("/api/app-requests/" + request)
                        .then().statusCode(200).body("status", equalTo("APPROVED"))
                        .body("resolutionNote", containsString(renewal.agreementId().toString())));
        assertThat(line(district, lapsingToday).getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void onTheDayAfterItsExpiryAnApprovalReadsAsLapsedWithNoEventAndNoChangedRow() {
        UUID district = DemoDistricts.newDistrict("MA");
        UUID product = UUID.randomUUID();
        LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        AgreementExecuted executed = DemoDistricts.executed(district, "MA", false, Map.of(product, "Calendar Coach"),
                expiresOn);
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        awaitStatus(district, product, "APPROVED");
        String path = "/api/districts/" + district + "/products";

        try {
            clock.moveBy(Duration.ofDays(10));
            assertThat(line(district, product).getString("status")).isEqualTo("APPROVED");

            clock.moveBy(Duration.ofDays(11));
            assertThat(line(district, product).getString("status")).isEqualTo("NOT_APPROVED");
            given().queryParam("status", "APPROVED").when().get(path).then().statusCode(200).body("total", equalTo(0));
            given().queryParam("status", "NOT_APPROVED").when().get(path)
                    .then().statusCode(200).body("total", equalTo(1));
            assertThat(csv(district)).extracting(r -> r.get("status")).containsExactly("NOT_APPROVED");
            // The lapsed approval no longer stands in the way of asking for the product again.
            given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                    .body(Map.of("productId", product.toString(), "productName", "Calendar Coach"))
                    .when().post("/api/districts/" + district + "/app-requests")
                    .then().statusCode(201).body("status", equalTo("QUEUED"));
        } finally {
            clock.reset();
        }
        assertThat(line(district, product).getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void theListIsPagedAndEachEntryKeepsItsEmbeddedShape() {
        UUID district = DemoDistricts.newDistrict("MA");
        UUID alpha = UUID.randomUUID();
        UUID beta = UUID.randomUUID();
        UUID gamma = UUID.randomUUID();
        AgreementExecuted executed = DemoDistricts.executed(district, false,
                Map.of(gamma, "Gamma Games", alpha, "Alpha Atlas", beta, "Beta Books"));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/districts/" + district + "/products").then().body("total", equalTo(3)));

        String path = "/api/districts/" + district + "/products";
        given().queryParam("page", 0).queryParam("size", 2).when().get(path)
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.product", equalTo(List.of("Alpha Atlas", "Beta Books")));
        given().queryParam("page", 1).queryParam("size", 2).when().get(path)
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.product", equalTo(List.of("Gamma Games")));
        given().queryParam("status", "APPROVED").when().get(path)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.status", equalTo(List.of("APPROVED", "APPROVED", "APPROVED")));

        Map<String, Object> entry = given().queryParam("size", 1).when().get(path)
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(entry).containsOnlyKeys("productId", "product", "vendorId", "vendor", "status", "dataElements",
                "otherDataElements", "agreementId", "relationship", "effectiveOn", "expiresOn");
        assertThat(entry).containsEntry("productId", alpha.toString())
                .containsEntry("vendorId", DemoOrganisations.BRIGHTPATH.toString())
                .containsEntry("otherDataElements", null)
                .containsEntry("effectiveOn", executed.effectiveOn().toString());
    }

    @Test
    void theListAnswersACorsPreflightFromAnyOrigin() {
        given().header("Origin", "https://www.harbor.example.org")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/districts/" + DemoOrganisations.HARBOR + "/products")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://www.harbor.example.org"))
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    private static List<CSVRecord> csv(UUID districtId) {
        String csv = given().queryParam("format", "csv").when().get("/api/districts/" + districtId + "/products")
                .then().statusCode(200).extract().asString();
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
