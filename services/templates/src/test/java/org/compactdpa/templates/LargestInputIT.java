package org.compactdpa.templates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.compactdpa.testing.LargestValues.assertWithinBudget;
import static org.compactdpa.testing.LargestValues.bodySize;
import static org.compactdpa.testing.LargestValues.escapedBodySize;
import static org.compactdpa.testing.LargestValues.text;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The largest version a template can hold (200 clauses, every key, section and title at its limit,
 * 80,000 characters in all, each three bytes wide) becomes frozen terms whose event the broker takes,
 * whether issued as STANDARD terms or agreed after a negotiation whose every step carried its largest
 * input; over a limit, the answer is 422 naming the field, and over the body limit 413.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class LargestInputIT {

    private static final String COORDINATOR = "coordinator";
    private static final String VENDOR = "brightpath-staff";
    private static final String TERMS_AGREED = "org.compactdpa.terms.agreed.v1";

    @Test
    void theLargestVersionIsPublishedAndIssuedAsStandardTerms() {
        String template = templateWithLargestVersion();
        step(template, "publish");
        String termsId = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + template + "/versions/1/terms")
                .then().statusCode(201).extract().path("id");

        List<KafkaEvents.Received> events = new ArrayList<>(KafkaEvents.await(Topics.TEMPLATES,
                e -> template.equals(e.key()) && e.type().endsWith("version-published.v1"), Duration.ofSeconds(30)));
        events.addAll(KafkaEvents.await(Topics.TEMPLATES,
                e -> termsId.equals(e.key()) && TERMS_AGREED.equals(e.type()), Duration.ofSeconds(30)));
        assertWithinBudget(events);
        assertThat(events.get(1).payload()).contains(clauseText(0)).contains("\"classification\":\"STANDARD\"");
    }

    @Test
    void aNegotiationOfTheLargestVersionWithTheLargestStepsEndsInTermsOnTheBroker() {
        String template = templateWithLargestVersion();
        step(template, "publish");
        List<UUID> products = announceBrightpathWithProducts(Limits.IDS);
        String negotiation = open(template, products);

        // The largest replacement of the largest clause, countered at its largest, the counter accepted.
        String proposal = given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", key(0), "kind", "REPLACE", "text", text("V", Limits.CLAUSE_TEXT),
                        "title", text("V", Limits.NAME), "rationale", text("V", Limits.COMMENT)))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(201).extract().path("id");
        String counter = given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("text", text("C", Limits.CLAUSE_TEXT), "rationale", text("C", Limits.COMMENT)))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + proposal + "/counter")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + counter + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("text", text("N", Limits.COMMENT)))
                .when().post("/api/negotiations/" + negotiation + "/comments").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/agree").then().statusCode(200);
        String termsId = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200).body("status", equalTo("AGREED")).extract().path("termsId");

        List<KafkaEvents.Received> events = new ArrayList<>(KafkaEvents.await(Topics.TEMPLATES,
                e -> termsId.equals(e.key()) && TERMS_AGREED.equals(e.type()), Duration.ofSeconds(30)));
        events.addAll(KafkaEvents.readAll(Topics.TEMPLATES, Duration.ofSeconds(2)).stream()
                .filter(e -> negotiation.equals(e.key())).toList());
        assertThat(events).extracting(KafkaEvents.Received::type).contains(TERMS_AGREED,
                "org.compactdpa.negotiation.opened.v1", "org.compactdpa.negotiation.proposal-made.v1",
                "org.compactdpa.negotiation.proposal-countered.v1", "org.compactdpa.negotiation.proposal-accepted.v1");
        assertWithinBudget(events);
        assertThat(events.get(0).payload()).contains(text("C", Limits.CLAUSE_TEXT))
                .contains("\"classification\":\"MODIFIED\"");
    }

    @Test
    void aVersionOverItsLimitsIsRefusedNamingTheFieldAndTheLimit() {
        String template = newTemplate();
        Map<String, Object> content = largestContent();
        Map<String, Object> second = clauses(content).get(1);
        second.put("text", second.get("text") + "x");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(content)
                .when().post("/api/templates/" + template + "/versions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://compactdpa.org/problems/over-limit"))
                .body("errors.field", equalTo(List.of("clauses")))
                .body("errors[0].message", containsString("at most " + Limits.CONTENT_TEXT + " characters in all"));

        content = largestContent();
        clauses(content).add(clause(Limits.CLAUSES, 10));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(content)
                .when().post("/api/templates/" + template + "/versions")
                .then().statusCode(422).body("errors.field", hasItem("clauses"))
                .body("errors.message", hasItem("must hold at most " + Limits.CLAUSES + " items"));

        content = largestContent();
        clauses(content).get(3).put("title", text("T", Limits.NAME + 1));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(content)
                .when().post("/api/templates/" + template + "/versions")
                .then().statusCode(422).body("errors.field", equalTo(List.of("clauses", "clauses[3].title")));
    }

    @Test
    void theLargestVersionFitsTheBodyLimitTwiceAndALargerBodyIs413() {
        int raw = bodySize(largestContent());
        int escaped = escapedBodySize(largestContent());
        System.out.printf("largest valid version: %d bytes, %d with every non-ASCII character escaped%n", raw, escaped);
        assertThat(escaped).isLessThan(512 * 1024);

        Map<String, Object> content = largestContent();
        clauses(content).get(0).put("text", "x".repeat(1024 * 1024));
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(content)
                .when().post("/api/templates/" + newTemplate() + "/versions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most " + 1024 * 1024 + " bytes"));
    }

    private static String newTemplate() {
        return given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("name", text(UUID.randomUUID().toString(), Limits.NAME),
                        "consortiumId", DemoOrganisations.CONSORTIUM.toString(), "state", "MA"))
                .when().post("/api/templates").then().statusCode(201).extract().path("id");
    }

    private static String templateWithLargestVersion() {
        String template = newTemplate();
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(largestContent())
                .when().post("/api/templates/" + template + "/versions").then().statusCode(201);
        return template;
    }

    private static void step(String template, String step) {
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/templates/" + template + "/versions/1/" + step).then().statusCode(200);
    }

    /**
     * As many clauses as a version may hold, every key, section and title at its limit, the first
     * clause's text at its own, and the others' texts filling what remains of the total.
     */
    static Map<String, Object> largestContent() {
        int perClause = Limits.CODE + Limits.CODE + Limits.NAME;
        int rest = Limits.CONTENT_TEXT - Limits.CLAUSES * perClause - Limits.CLAUSE_TEXT;
        List<Map<String, Object>> clauses = new ArrayList<>();
        clauses.add(clause(0, Limits.CLAUSE_TEXT));
        for (int i = 1; i < Limits.CLAUSES; i++) {
            int share = rest / (Limits.CLAUSES - 1) + (i <= rest % (Limits.CLAUSES - 1) ? 1 : 0);
            clauses.add(clause(i, share));
        }
        assertThat(clauses.stream().mapToInt(c -> ((String) c.get("key")).length() + ((String) c.get("section")).length()
                + ((String) c.get("title")).length() + ((String) c.get("text")).length()).sum())
                .isEqualTo(Limits.CONTENT_TEXT);
        Map<String, Object> content = new HashMap<>();
        content.put("clauses", clauses);
        content.put("parameters", Map.of("breachNoticeHours", 72, "dispositionDays", 60, "termYears", 3,
                "auditNoticeBusinessDays", 10, "governingState", "MA"));
        content.put("laws", IntStream.range(0, Limits.CHOICES).mapToObj(i -> "FERPA").toList());
        content.put("stateRegulations", IntStream.range(0, Limits.LABELS)
                .mapToObj(i -> text("603 CMR " + i + " ", Limits.LABEL)).toList());
        content.put("generalOfferAllowed", true);
        return content;
    }

    private static Map<String, Object> clause(int index, int textLength) {
        Map<String, Object> clause = new HashMap<>();
        clause.put("key", key(index));
        clause.put("section", text("S" + index + " ", Limits.CODE));
        clause.put("title", text("T" + index + " ", Limits.NAME));
        clause.put("text", index == 0 ? clauseText(0) : text("X" + index + " ", textLength));
        return clause;
    }

    private static String clauseText(int index) {
        return text("X" + index + " ", Limits.CLAUSE_TEXT);
    }

    /** A key as long as a key may be: K, then the index padded with zeros. */
    private static String key(int index) {
        String digits = String.valueOf(index);
        return "K" + "0".repeat(Limits.CODE - 1 - digits.length()) + digits;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> clauses(Map<String, Object> content) {
        return (List<Map<String, Object>>) content.get("clauses");
    }

    /** Brightpath, verified, with {@code count} products of its own, as the vendors service would announce them. */
    private static List<UUID> announceBrightpathWithProducts(int count) {
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.BRIGHTPATH, new VendorVerified(
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.", Instant.now()));
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID product = UUID.randomUUID();
            KafkaEvents.publish(UUID.randomUUID().toString(), product, new ProductRegistered(product,
                    DemoOrganisations.BRIGHTPATH, text("Product " + i + " ", Limits.NAME), "https://example.org/app",
                    List.of(DataElement.STUDENT_NAME), null, SecurityFramework.NIST_CSF, List.of(), 1, Instant.now()));
            products.add(product);
        }
        return products;
    }

    /** Opens the negotiation once the service has learnt of the vendor and every product. */
    private static String open(String template, List<UUID> products) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response response = given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                    .body(Map.of("templateId", template, "version", 1,
                            "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                            "productIds", products.stream().map(UUID::toString).toList()))
                    .when().post("/api/negotiations");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id.set(response.path("id"));
        });
        return id.get();
    }
}
