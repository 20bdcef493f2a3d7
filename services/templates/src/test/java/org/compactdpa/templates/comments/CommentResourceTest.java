package org.compactdpa.templates.comments;

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
import org.compactdpa.templates.templates.TemplateFixtures;

/** Comments of a comment period through the API. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class CommentResourceTest {

    @Test
    void aCommentIsResolvedAndRepliedToOnlyThroughItsOwnVersion() {
        String ours = templateWithDraft(COORDINATOR, DemoOrganisations.CONSORTIUM);
        step(COORDINATOR, ours, 1, "comment-period", 200);
        String comment = comment(COORDINATOR, ours, 1, null);
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(TemplateFixtures.sampleContent().toString())
                .when().post("/api/templates/" + ours + "/versions").then().statusCode(201).body("version", equalTo(2));
        String elsewhere = elsewhereCoordinator();
        String foreign = templateWithDraft(elsewhere, ELSEWHERE);
        step(elsewhere, foreign, 1, "comment-period", 200);

        // Another consortium's coordinator, through their own template: our comment is not there.
        given().header("Authorization", Tokens.bearer(elsewhere))
                .when().post("/api/templates/" + foreign + "/versions/1/comments/" + comment + "/resolve")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(comment));
        given().header("Authorization", Tokens.bearer(elsewhere)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.4", "text", "Replying across consortia.", "replyTo", comment))
                .when().post("/api/templates/" + foreign + "/versions/1/comments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("replyTo"))
                .body("detail", containsString("another version"));
        // Our own coordinator, through the wrong version of our template.
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + ours + "/versions/2/comments/" + comment + "/resolve")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).when().get("/api/templates/" + ours + "/versions/1/comments")
                .then().statusCode(200).body("[0].id", equalTo(comment)).body("[0].resolvedAt", nullValue());

        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + ours + "/versions/1/comments/" + comment + "/resolve")
                .then().statusCode(200).body("id", equalTo(comment)).body("resolvedAt", notNullValue())
                .body("resolvedBy", notNullValue());
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + ours + "/versions/1/comments/" + comment + "/resolve")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already resolved"));
    }

    /** The fields a comment has always answered with (it was once the stored row itself). */
    @Test
    void aCommentAnswersWithItsAuthorOrganisationAndResolution() {
        List<String> fields = List.of("id", "versionId", "clauseKey", "replyTo", "author", "authorName", "orgType", "orgId",
                "text", "resolvedAt", "resolvedBy", "createdAt");
        String ours = templateWithDraft(COORDINATOR, DemoOrganisations.CONSORTIUM);
        step(COORDINATOR, ours, 1, "comment-period", 200);
        String comment = comment(COORDINATOR, ours, 1, null);

        var resolved = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + ours + "/versions/1/comments/" + comment + "/resolve")
                .then().statusCode(200).body("orgType", equalTo("CONSORTIUM"))
                .body("orgId", equalTo(DemoOrganisations.CONSORTIUM.toString())).extract();
        var listed = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().get("/api/templates/" + ours + "/versions/1/comments").then().statusCode(200).extract();

        assertThat(resolved.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(listed.jsonPath().getMap("[0]").keySet()).containsExactlyInAnyOrderElementsOf(fields);
    }
}
