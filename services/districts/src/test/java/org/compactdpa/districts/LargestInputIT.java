package org.compactdpa.districts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.testing.LargestValues.assertWithinBudget;
import static org.compactdpa.testing.LargestValues.escapedBodySize;
import static org.compactdpa.testing.LargestValues.text;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The largest request each write endpoint accepts produces events the broker takes; over a limit the
 * answer is 422 naming the field (400 for a query value), and over the body limit 413.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class LargestInputIT {

    @Test
    void theLargestConsortiumDistrictMembershipAndAppRequestAreAnnounced() {
        DemoDistricts.ensure();
        String consortium = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(largestConsortium(consortium)).when().post("/api/consortia").then().statusCode(201);
        String district = given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(largestDistrict()).when().post("/api/districts").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("districtId", district))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members").then().statusCode(201);
        String request = given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productName", text(UUID.randomUUID().toString(), Limits.NAME),
                        "purpose", text("P", Limits.NOTE)))
                .when().post("/api/districts/" + DemoOrganisations.MAPLE + "/app-requests")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DECLINED", "note", text("N", Limits.NOTE)))
                .when().post("/api/app-requests/" + request + "/resolve").then().statusCode(200);

        List<KafkaEvents.Received> events = new ArrayList<>();
        events.addAll(awaitEvent(consortium, "consortium.created"));
        events.addAll(awaitEvent(district, "district.registered"));
        events.addAll(awaitEvent(district, "district.joined-consortium"));
        events.addAll(awaitEvent(request, "app-request.submitted"));
        events.addAll(awaitEvent(request, "app-request.resolved"));
        assertWithinBudget(events);
        assertThat(events.get(4).payload()).contains(text("N", Limits.NOTE));
    }

    @Test
    void aFieldOverItsLimitIsA422NamingItAndALongQueryA400() {
        Map<String, Object> consortium = largestConsortium(UUID.randomUUID().toString());
        consortium.put("description", text("D", Limits.DESCRIPTION + 1));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(consortium)
                .when().post("/api/consortia")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://compactdpa.org/problems/over-limit"))
                .body("errors.field", equalTo(List.of("description")))
                .body("errors[0].message", equalTo("must be at most " + Limits.DESCRIPTION + " characters"));

        consortium = largestConsortium(UUID.randomUUID().toString());
        consortium.put("states", IntStream.range(0, Limits.STATES + 1).mapToObj(i -> "MA").toList());
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(consortium)
                .when().post("/api/consortia")
                .then().statusCode(422).body("errors.field", equalTo(List.of("states")))
                .body("errors[0].message", equalTo("must hold at most " + Limits.STATES + " items"));

        given().queryParam("q", "x".repeat(Limits.SEARCH + 1)).when().get("/api/districts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("q")))
                .body("errors[0].message", equalTo("must be at most " + Limits.SEARCH + " characters"));
        given().queryParam("q", "x".repeat(Limits.SEARCH)).when().get("/api/districts").then().statusCode(200);
    }

    @Test
    void theLargestValidRequestFitsTheBodyLimitTwiceAndALargerBodyIs413() {
        int escaped = escapedBodySize(largestConsortium(UUID.randomUUID().toString()));
        System.out.printf("largest valid consortium: %d bytes with every non-ASCII character escaped%n", escaped);
        assertThat(escaped).isLessThan(64 * 1024);

        Map<String, Object> consortium = largestConsortium(UUID.randomUUID().toString());
        consortium.put("description", "x".repeat(200 * 1024));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(consortium)
                .when().post("/api/consortia")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most " + 128 * 1024 + " bytes"));
    }

    private static List<KafkaEvents.Received> awaitEvent(String key, String type) {
        return KafkaEvents.await(Topics.DISTRICTS,
                e -> key.equals(e.key()) && e.type().equals("org.compactdpa." + type + ".v1"), Duration.ofSeconds(30));
    }

    /** Every field at its limit; the states are real codes, as the service knows no others. */
    private static Map<String, Object> largestConsortium(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", text(id, Limits.NAME));
        body.put("states", IntStream.range(0, Limits.STATES).mapToObj(i -> i % 2 == 0 ? "MA" : "NH").toList());
        body.put("description", text("D", Limits.DESCRIPTION));
        return body;
    }

    private static Map<String, Object> largestDistrict() {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
        String email = "a".repeat(64) + "@" + domain;
        assertThat(email).hasSize(Limits.EMAIL);
        return Map.of("name", text(UUID.randomUUID().toString(), Limits.NAME), "state", "MA",
                "ncesId", DemoDistricts.newNcesId(), "contactName", text("C", Limits.NAME), "contactEmail", email,
                "website", text("https://district.example/", Limits.URL));
    }
}
