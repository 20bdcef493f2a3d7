package org.compactdpa.templates.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.templates.rest.TemplateFixtures;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A whole negotiation through the API, against real PostgreSQL and Kafka, ending in frozen terms. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class NegotiationIT {

    private static final String VENDOR = "brightpath-staff";
    private static final String COORDINATOR = "coordinator";

    private static String open(String templateId) {
        return given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("templateId", templateId, "version", 1, "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                        "productIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/negotiations").then().statusCode(201).extract().path("id");
    }

    private static String propose(String user, String negotiation, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aNegotiationWithACounteredReplacementEndsInModifiedTermsOnTheBroker() {
        String negotiation = open(TemplateFixtures.publishedTemplate());

        String replace = propose(VENDOR, negotiation, Map.of("clauseKey", "V.4", "kind", "REPLACE",
                "text", "The Provider notifies the District of a confirmed breach within ten days.",
                "rationale", "Our incident process needs more time."));
        String counter = given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("text", "The Provider notifies the District of a confirmed breach within five days.",
                        "rationale", "Districts need to warn families quickly."))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + replace + "/counter")
                .then().statusCode(201).body("counterOf", equalTo(replace)).body("party", equalTo("CONSORTIUM"))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + counter + "/accept")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + counter + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        String addition = propose(VENDOR, negotiation, Map.of("clauseKey", "EXHIBIT_H.1", "kind", "ADD_EXHIBIT_H",
                "title", "Accessibility", "text", "The product meets WCAG 2.1 AA.", "rationale", "Commitment we make."));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + addition + "/accept")
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("proposalId", addition, "text", "Thanks, this helps our families."))
                .when().post("/api/negotiations/" + negotiation + "/comments").then().statusCode(201);

        given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation + "/redline")
                .then().statusCode(200)
                .body("changed[0].key", equalTo("V.4"))
                .body("added[0].key", equalTo("EXHIBIT_H.1"))
                .body("removed.size()", equalTo(0));

        given().header("Authorization", Tokens.bearer(VENDOR)).when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200).body("status", equalTo("OPEN")).body("termsId", nullValue());
        given().header("Authorization", Tokens.bearer(VENDOR)).when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("already agreed"));
        String termsId = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200).body("status", equalTo("AGREED")).body("termsId", notNullValue())
                .extract().path("termsId");

        String hash = given().when().get("/api/terms/" + termsId)
                .then().statusCode(200)
                .body("classification", equalTo("MODIFIED"))
                .body("generalOfferEligible", equalTo(false))
                .body("text", containsString("within five days"))
                .body("text", not(containsString("within ten days")))
                .body("text", containsString("EXHIBIT_H.1 Accessibility"))
                .extract().path("contentHash");

        KafkaEvents.Received agreed = KafkaEvents.await(Topics.TEMPLATES,
                e -> termsId.equals(e.key()) && "org.compactdpa.terms.agreed.v1".equals(e.type()), Duration.ofSeconds(20))
                .get(0);
        assertThat(agreed.subject()).isEqualTo(termsId);
        assertThat(agreed.payload()).contains("\"contentHash\":\"" + hash + "\"").contains("\"classification\":\"MODIFIED\"")
                .contains("\"vendorId\":\"" + DemoOrganisations.BRIGHTPATH + "\"");
        assertThat(KafkaEvents.readAll(Topics.TEMPLATES, Duration.ofSeconds(2)).stream()
                .filter(e -> negotiation.equals(e.key())).map(KafkaEvents.Received::type))
                .contains("org.compactdpa.negotiation.opened.v1", "org.compactdpa.negotiation.proposal-made.v1",
                        "org.compactdpa.negotiation.proposal-countered.v1",
                        "org.compactdpa.negotiation.proposal-accepted.v1");
    }

    @Test
    void onlyExhibitHAdditionsKeepTheGeneralOffer() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        String addition = propose(VENDOR, negotiation, Map.of("clauseKey", "EXHIBIT_H.1", "kind", "ADD_EXHIBIT_H",
                "title", "Support hours", "text", "Support answers within one business day.", "rationale", "Service level."));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + addition + "/accept").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(COORDINATOR)).when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200);
        String termsId = given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200).extract().path("termsId");
        given().when().get("/api/terms/" + termsId).then()
                .body("classification", equalTo("EXHIBIT_H_ONLY")).body("generalOfferEligible", equalTo(true));
    }

    @Test
    void badProposalsAndOutsidersAreRefusedWithReasons() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "IX.9", "kind", "REPLACE", "text", "x", "rationale", "y"))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("clauseKey"));
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.3", "kind", "ADD_EXHIBIT_H", "text", "x", "rationale", "y"))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.3", "kind", "SHRED", "text", "x", "rationale", "y"))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .when().get("/api/negotiations/" + negotiation)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("quillstone-staff")).contentType(ContentType.JSON)
                .body(Map.of("templateId", TemplateFixtures.publishedTemplate(), "version", 1,
                        "vendorId", DemoOrganisations.BRIGHTPATH.toString(), "productIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/negotiations")
                .then().statusCode(403).contentType("application/problem+json");

        String open = propose(VENDOR, negotiation, Map.of("clauseKey", "V.2", "kind", "DELETE", "rationale", "No audits."));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("open"));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + open + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void eachPartyListsItsOwnNegotiationsAndNobodyElseSeesThem() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        for (String party : List.of(VENDOR, COORDINATOR)) {
            given().header("Authorization", Tokens.bearer(party)).queryParam("status", "OPEN").queryParam("size", 200)
                    .when().get("/api/negotiations")
                    .then().statusCode(200).body("items.id", hasItem(negotiation));
        }
        given().header("Authorization", Tokens.bearer("quillstone-staff")).queryParam("size", 200)
                .when().get("/api/negotiations")
                .then().statusCode(200).body("items.id", not(hasItem(negotiation)));
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .when().get("/api/negotiations")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
