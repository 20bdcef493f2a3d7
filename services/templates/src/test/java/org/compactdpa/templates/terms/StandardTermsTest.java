package org.compactdpa.templates.terms;

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

/** Terms issued without a negotiation, read back through the public terms endpoint. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class StandardTermsTest {

    @Test
    void standardTermsComeStraightFromAPublishedVersion() {
        String id = TemplateFixtures.publishedTemplate();
        String hash = given().when().get("/api/templates/" + id + "/versions/1").then().extract().path("contentHash");
        String terms = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + id + "/versions/1/terms")
                .then().statusCode(201)
                .body("classification", equalTo("STANDARD"))
                .body("generalOfferEligible", equalTo(true))
                .body("contentHash", equalTo(hash))
                .extract().path("id");
        given().when().get("/api/terms/" + terms)
                .then().statusCode(200).body("text", containsString("V.4 Breach notification"));
    }
}
