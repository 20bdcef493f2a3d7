package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.compactdpa.local.DemoSeeder;
import org.compactdpa.local.LocalStack;
import org.compactdpa.local.ServiceSpec;
import org.compactdpa.local.StackPorts;
import org.compactdpa.local.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged platform started the way `make run` starts it (real PostgreSQL, Kafka, Keycloak and
 * every service as its own JVM, demo data seeded through the APIs), then flows across services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final String CONSORTIUM = "6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01";

    private static LocalStack stack;
    private static DemoSeeder users;

    @BeforeAll
    static void startThePlatform() throws Exception {
        StackPorts ports = StackPorts.random();
        stack = new LocalStack(Workspace.stateDir("e2e"), ports, ServiceSpec.all(ports), true);
        stack.start();
        Map<String, String> urls = new java.util.HashMap<>();
        stack.services().forEach(s -> urls.put(s.name(), s.baseUrl()));
        users = new DemoSeeder(stack.keycloak().realmUrl(), urls);
        users.seed(Workspace.root().resolve("deploy/local/demo/seed.txt"));
    }

    @AfterAll
    static void stopThePlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    private static String url(String service) {
        return stack.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().baseUrl();
    }

    private static String bearer(String user) throws Exception {
        return "Bearer " + users.token(user);
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndAcceptsADemoUsersToken() throws Exception {
        for (ServiceSpec service : stack.services()) {
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
    void theDemoDistrictsReachedSignaturesToo() throws Exception {
        String admin = bearer("admin");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(url("signatures")).header("Authorization", admin)
                        .when().get("/api/admin/directory/districts/0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02")
                        .then().statusCode(200).body("name", equalTo("Harbor Point Public Schools")));
    }

    @Test
    @Order(99)
    void aServiceThatDiesIsReportedWithItsLog() throws Exception {
        ProcessHandle.of(stack.process("vendors").pid()).orElseThrow().destroyForcibly();

        String report = stack.failure().get(30, TimeUnit.SECONDS);

        assertThat(report).startsWith("vendors").contains("exited unexpectedly").contains("vendors.log");
    }
}
