package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.compactdpa.local.ServiceSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged platform started the way `make run` starts it (real PostgreSQL, Kafka, Keycloak and
 * every service as its own JVM, demo data seeded through the APIs), then flows across services.
 */
@Order(10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final String CONSORTIUM = "6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01";

    private static Platform platform;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = Platform.get();
    }

    private static String url(String service) {
        return platform.url(service);
    }

    private static String bearer(String user) throws Exception {
        return platform.bearer(user);
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndAcceptsADemoUsersToken() throws Exception {
        for (ServiceSpec service : platform.stack.services()) {
            given().baseUri(service.baseUrl()).when().get("/q/health/ready").then().statusCode(200);
            given().baseUri(service.baseUrl()).header("Authorization", bearer("coordinator"))
                    .when().get("/api/me")
                    .then().statusCode(200).body("organisationId", equalTo(CONSORTIUM));
            given().baseUri(service.baseUrl()).when().get("/api/me").then().statusCode(401);
        }
    }

    @Test
    @Order(2)
    void theDemoConsortiumIsSeededWithThreeDistricts() {
        given().baseUri(url("districts")).when().get("/api/consortia/" + CONSORTIUM + "/members")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.name", hasItem("Maple Valley Public Schools"));
    }

    @Test
    @Order(3)
    void aDistrictRegisteredInDistrictsBecomesKnownToSignatures() throws Exception {
        String nces = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String location = given().baseUri(url("districts")).header("Authorization", bearer("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Cross Service District", "state", "MA", "ncesId", nces))
                .when().post("/api/districts").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().baseUri(url("districts")).header("Authorization", bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", id))
                .when().post("/api/consortia/" + CONSORTIUM + "/members").then().statusCode(201);

        String admin = bearer("admin");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().baseUri(url("signatures")).header("Authorization", admin)
                        .when().get("/api/admin/directory/districts/" + id)
                        .then().statusCode(200)
                        .body("name", equalTo("Cross Service District"))
                        .body("ncesId", equalTo(nces))
                        .body("consortia", hasItem(CONSORTIUM)));
    }

    @Test
    @Order(4)
    void aDistrictRegisteredWhileTheBrokerIsDownReachesSignaturesOnceItReturns() throws Exception {
        String coordinator = bearer("coordinator");
        String admin = bearer("admin");
        String nces = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String id;
        platform.stack.kafka().stop();
        try {
            String location = given().baseUri(url("districts")).header("Authorization", coordinator)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Registered During Outage", "state", "MA", "ncesId", nces))
                    .when().post("/api/districts").then().statusCode(201).extract().header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
            given().baseUri(url("districts")).header("Authorization", admin)
                    .when().get("/api/admin/outbox").then().statusCode(200).body("pending", greaterThanOrEqualTo(1));
        } finally {
            platform.stack.startKafka();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(url("signatures")).header("Authorization", admin)
                        .when().get("/api/admin/directory/districts/" + id)
                        .then().statusCode(200).body("name", equalTo("Registered During Outage")));
        String key = id;
        List<TopicReader.Event> published = TopicReader.readAll(platform.stack.kafka().bootstrapServers(),
                "compact.districts").stream().filter(event -> key.equals(event.key())).toList();
        assertThat(published).extracting(TopicReader.Event::type)
                .containsExactly("org.compactdpa.district.registered.v1");
    }

    @Test
    @Order(5)
    void theDemoDistrictsReachedSignaturesToo() throws Exception {
        String admin = bearer("admin");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(url("signatures")).header("Authorization", admin)
                        .when().get("/api/admin/directory/districts/0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02")
                        .then().statusCode(200).body("name", equalTo("Harbor Point Public Schools")));
    }

    @Test
    @Order(6)
    void termsBecomeAnAgreementThatTwoDistrictsHoldAndBothListsShowItApproved() throws Exception {
        String reader = "5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e01";
        String maple = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01";
        String harbor = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02";
        String id = platform.prepareStandardAgreement(maple, reader, true);
        String hash = given().baseUri(url("signatures")).header("Authorization", bearer("brightpath-signer"))
                .when().get("/api/agreements/" + id + "/document").then().statusCode(200).extract().path("sha256");
        // The stack runs signatures behind a trusted proxy on this machine (as the portal is): the
        // address it passes on is the one recorded. The vendor's request comes "through" it.
        given().baseUri(url("signatures")).header("Authorization", bearer("brightpath-signer"))
                .header("X-Forwarded-For", "198.51.100.23").contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + id + "/signatures").then().statusCode(200);
        given().baseUri(url("signatures")).header("Authorization", bearer("maple-signer")).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + id + "/signatures").then().statusCode(200);
        java.util.List<String> addresses = given().baseUri(url("signatures")).header("Authorization", bearer("maple-signer"))
                .when().get("/api/agreements/" + id + "/evidence")
                .then().statusCode(200).extract().path("trail.findAll { it.type == 'SIGNED' }.ip");
        assertThat(addresses).containsExactly("198.51.100.23", "127.0.0.1");
        String exhibit = given().baseUri(url("signatures")).header("Authorization", bearer("harbor-signer"))
                .when().get("/api/offers/" + id + "/exhibit-e").then().statusCode(200).extract().path("sha256");
        given().baseUri(url("signatures")).header("Authorization", bearer("harbor-signer")).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", exhibit))
                .when().post("/api/offers/" + id + "/adoptions").then().statusCode(201).body("status", equalTo("EXECUTED"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            given().baseUri(url("districts")).queryParam("status", "APPROVED").queryParam("size", 200)
                    .when().get("/api/districts/" + maple + "/products")
                    .then().statusCode(200)
                    .body("items.find { it.productId == '" + reader + "' }.relationship", equalTo("ORIGINATED"))
                    .body("items.find { it.productId == '" + reader + "' }.dataElements", hasItem("STUDENT_NAME"));
            given().baseUri(url("districts")).queryParam("status", "APPROVED").queryParam("size", 200)
                    .when().get("/api/districts/" + harbor + "/products")
                    .then().statusCode(200)
                    .body("items.find { it.productId == '" + reader + "' }.relationship", equalTo("ADOPTED"))
                    .body("items.find { it.productId == '" + reader + "' }.agreementId", org.hamcrest.Matchers.notNullValue());
        });
    }
}
