package org.compactdpa.templates.templates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.compactdpa.templates.templates.TemplateFixtures.COORDINATOR;
import static org.compactdpa.templates.templates.TemplateFixtures.ELSEWHERE;
import static org.compactdpa.templates.templates.TemplateFixtures.comment;
import static org.compactdpa.templates.templates.TemplateFixtures.elsewhereCoordinator;
import static org.compactdpa.templates.templates.TemplateFixtures.step;
import static org.compactdpa.templates.templates.TemplateFixtures.templateWithDraft;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Templates and their versions through the API: drafting, who sees what, the life of a version, diffs. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class TemplateResourceTest {

    @Test
    void aPublishedVersionIsPublicHashedAndCannotChange() {
        String id = TemplateFixtures.publishedTemplate();
        given().when().get("/api/templates/" + id + "/versions/1")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("content.clauses[0].key", equalTo("I.1"));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", "Changed after publication.").toString())
                .when().put("/api/templates/" + id + "/versions/1")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("PUBLISHED"));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/1/publish")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void draftsAreNotPublic() {
        String id = TemplateFixtures.newTemplate();
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleContent().toString())
                .when().post("/api/templates/" + id + "/versions").then().statusCode(201).body("status", equalTo("DRAFT"));
        given().when().get("/api/templates/" + id + "/versions/1").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/templates/" + id + "/versions").then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().get("/api/templates/" + id + "/versions").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("DRAFT")).body("[0].content", nullValue());
    }

    @Test
    void aDuplicateClauseKeyIsRejectedNamingIt() {
        String id = TemplateFixtures.newTemplate();
        ObjectNode content = TemplateFixtures.sampleContent();
        ((ObjectNode) content.withArray("clauses").get(1)).put("key", "I.1");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(content.toString())
                .when().post("/api/templates/" + id + "/versions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clauses[1].key"))
                .body("detail", containsString("unique"));
    }

    @Test
    void aClauseLongerThanTheLimitIsRefusedNamingTheFieldAndTheLimit() {
        int limit = ContentInput.ClauseInput.MAX_TEXT_LENGTH;
        String id = TemplateFixtures.newTemplate();
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", "Notice. " + "x".repeat(limit - 8)).toString())
                .when().post("/api/templates/" + id + "/versions").then().statusCode(201);

        // A field over its limit is a 422 "over-limit" problem across the platform (ProblemMappers).
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", "Notice. " + "x".repeat(limit - 7)).toString())
                .when().put("/api/templates/" + id + "/versions/1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("clauses[11].text"))
                .body("errors[0].message", equalTo("must be at most " + limit + " characters"));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).when().get("/api/templates/" + id + "/versions/1")
                .then().statusCode(200).body("content.clauses[11].text.length()", equalTo(limit));
    }

    @Test
    void anotherConsortiumsTemplateIsOffLimits() {
        String elsewhere = elsewhereCoordinator();
        String foreign = templateWithDraft(elsewhere, ELSEWHERE);
        step(elsewhere, foreign, 1, "publish", 200);
        given().header("Authorization", Tokens.bearer(elsewhere)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", "Notice within two days.").toString())
                .when().post("/api/templates/" + foreign + "/versions").then().statusCode(201).body("version", equalTo(2));
        step(elsewhere, foreign, 2, "comment-period", 200);
        String theirs = comment(elsewhere, foreign, 2, null);
        String reason = "Only coordinators of consortium " + ELSEWHERE + " may do this";

        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleContent().toString())
                .when().post("/api/templates/" + foreign + "/versions")
                .then().statusCode(403).contentType("application/problem+json").body("detail", equalTo(reason));
        for (String path : List.of("/versions/2/publish", "/versions/1/retire", "/versions/1/terms",
                "/versions/2/comments/" + theirs + "/resolve")) {
            given().header("Authorization", Tokens.bearer(COORDINATOR))
                    .when().post("/api/templates/" + foreign + path)
                    .then().statusCode(403).contentType("application/problem+json").body("detail", equalTo(reason));
        }
        // Nothing changed on their side.
        given().when().get("/api/templates/" + foreign + "/versions/1").then().body("status", equalTo("PUBLISHED"));
        given().header("Authorization", Tokens.bearer(elsewhere)).when().get("/api/templates/" + foreign + "/versions/2")
                .then().body("status", equalTo("COMMENT_PERIOD"));
        given().header("Authorization", Tokens.bearer(elsewhere)).when().get("/api/templates/" + foreign + "/versions/2/comments")
                .then().body("[0].id", equalTo(theirs)).body("[0].resolvedAt", nullValue());
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("name", "Not Mine", "consortiumId", UUID.randomUUID().toString(), "state", "MA"))
                .when().post("/api/templates")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleContent().toString())
                .when().post("/api/templates/" + foreign + "/versions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void publishingAndRetiringAreAnnouncedAndASupersededVersionCanBeRetired() {
        String id = TemplateFixtures.publishedTemplate();
        String hash = given().when().get("/api/templates/" + id + "/versions/1").then().extract().path("contentHash");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", "Notice within two days.").toString())
                .when().post("/api/templates/" + id + "/versions").then().statusCode(201);
        step(COORDINATOR, id, 2, "publish", 200);
        given().when().get("/api/templates/" + id + "/versions/1").then().body("status", equalTo("SUPERSEDED"));

        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/1/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("contentHash", equalTo(hash));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/retire")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Version 2 is RETIRED and cannot become RETIRED"));
        given().when().get("/api/templates/" + id + "/versions/2").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/terms")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("RETIRED"));

        KafkaEvents.Received published = KafkaEvents.await(Topics.TEMPLATES, e -> id.equals(e.key())
                && "org.compactdpa.template.version-published.v1".equals(e.type()) && e.payload().contains("\"version\":1,"),
                Duration.ofSeconds(20)).get(0);
        assertThat(published.payload()).contains("\"contentHash\":\"" + hash + "\"")
                .contains("\"consortiumId\":\"" + DemoOrganisations.CONSORTIUM + "\"");
        for (int version : List.of(1, 2)) {
            assertThat(KafkaEvents.await(Topics.TEMPLATES, e -> id.equals(e.key())
                    && "org.compactdpa.template.version-retired.v1".equals(e.type())
                    && e.payload().contains("\"version\":" + version + ","), Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void aOneWordChangeDiffsAsThatWordAndTheNewVersionSupersedesTheOld() {
        String id = TemplateFixtures.publishedTemplate();
        String changed = TemplateFixtures.sampleContent().withArray("clauses").findValuesAsText("text").get(11)
                .replace("breach notice window", "breach deadline");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleWith("V.4", changed).toString())
                .when().post("/api/templates/" + id + "/versions").then().statusCode(201).body("version", equalTo(2));

        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/comment-period")
                .then().statusCode(200).body("status", equalTo("COMMENT_PERIOD"));
        // Maple is a member and Brightpath verified, as the districts and vendors services announce.
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.MAPLE, new DistrictJoinedConsortium(
                DemoOrganisations.MAPLE, DemoOrganisations.CONSORTIUM, "MA", Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.BRIGHTPATH, new VendorVerified(
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.", Instant.now()));
        AtomicReference<String> created = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var response = given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                    .body(Map.of("clauseKey", "V.4", "text", "Please keep the word 'window'."))
                    .when().post("/api/templates/" + id + "/versions/2/comments");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            created.set(response.path("id"));
        });
        String comment = created.get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON)
                        .body(Map.of("clauseKey", "V.4", "text", "We agree.", "replyTo", comment))
                        .when().post("/api/templates/" + id + "/versions/2/comments").then().statusCode(201));
        given().header("Authorization", Tokens.bearer("harbor-staff")).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.4", "text", "Not a member here"))
                .when().post("/api/templates/" + id + "/versions/2/comments")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("quillstone-staff")).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.4", "text", "Not verified"))
                .when().post("/api/templates/" + id + "/versions/2/comments")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "IX.9", "text", "No such clause"))
                .when().post("/api/templates/" + id + "/versions/2/comments")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("clauseKey"));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/comments/" + comment + "/resolve")
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/2/publish").then().statusCode(200);

        given().when().get("/api/templates/" + id + "/versions/1/diff/2")
                .then().statusCode(200)
                .body("added.size()", equalTo(0))
                .body("removed.size()", equalTo(0))
                .body("changed.size()", equalTo(1))
                .body("changed[0].key", equalTo("V.4"))
                .body("changed[0].changes.op", equalTo(List.of("DELETED", "INSERTED")))
                .body("changed[0].changes.text", equalTo(List.of("notice window", "deadline")));
        given().when().get("/api/templates/" + id + "/versions/1").then().body("status", equalTo("SUPERSEDED"));
    }
}
