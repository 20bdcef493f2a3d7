package org.compactdpa.templates.negotiations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.templates.templates.TemplateFixtures;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A whole negotiation through the API, against real PostgreSQL and Kafka, ending in frozen terms. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class NegotiationIT {

    private static final String VENDOR = "brightpath-staff";
    private static final String COORDINATOR = "coordinator";

    private static boolean brightpathAnnounced;
    /** A product of Brightpath's, announced with the vendor, which every negotiation here covers. */
    private static final UUID BRIGHTPATH_PRODUCT = UUID.randomUUID();

    private static String open(String templateId) {
        return open(VENDOR, templateId);
    }

    /**
     * Opens a negotiation with Brightpath for one of its products. Only verified vendors negotiate,
     * for their own products, and the service learns both from the vendors service's events, so the
     * first opening waits until the events are in.
     */
    private static String open(String user, String templateId) {
        synchronized (NegotiationIT.class) {
            if (!brightpathAnnounced) {
                KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.BRIGHTPATH, new VendorVerified(
                        DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.", Instant.now()));
                announceProduct(BRIGHTPATH_PRODUCT, DemoOrganisations.BRIGHTPATH);
                brightpathAnnounced = true;
            }
        }
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Response response = given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                    .body(Map.of("templateId", templateId, "version", 1, "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                            "productIds", List.of(BRIGHTPATH_PRODUCT.toString())))
                    .when().post("/api/negotiations");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id.set(response.path("id"));
        });
        return id.get();
    }

    private static Response comment(String user, String negotiation, Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/negotiations/" + negotiation + "/comments");
    }

    /** Both requests sent at the same moment; their responses in the order given. */
    private static List<Response> atOnce(String negotiation, String firstUser, String secondUser) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (String user : List.of(firstUser, secondUser)) {
                String token = Tokens.bearer(user);
                results.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", token).when().post("/api/negotiations/" + negotiation + "/agree");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> result : results) {
                responses.add(result.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdown();
        }
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
        String thanks = comment(COORDINATOR, negotiation, Map.of("proposalId", addition,
                "text", "Thanks, this helps our families.")).then().statusCode(201).extract().path("id");

        for (String party : List.of(VENDOR, COORDINATOR)) {
            given().header("Authorization", Tokens.bearer(party)).when().get("/api/negotiations/" + negotiation)
                    .then().statusCode(200)
                    .body("negotiation.id", equalTo(negotiation))
                    .body("negotiation.status", equalTo("OPEN"))
                    .body("negotiation.vendorId", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                    .body("negotiation.consortiumId", equalTo(DemoOrganisations.CONSORTIUM.toString()))
                    .body("proposals.id", equalTo(List.of(replace, counter, addition)))
                    .body("proposals.clauseKey", equalTo(List.of("V.4", "V.4", "EXHIBIT_H.1")))
                    .body("proposals.kind", equalTo(List.of("REPLACE", "REPLACE", "ADD_EXHIBIT_H")))
                    .body("proposals.party", equalTo(List.of("VENDOR", "CONSORTIUM", "VENDOR")))
                    .body("proposals.status", equalTo(List.of("COUNTERED", "ACCEPTED", "ACCEPTED")))
                    .body("proposals[1].counterOf", equalTo(replace))
                    .body("proposals[1].text", equalTo("The Provider notifies the District of a confirmed breach within five days."))
                    .body("proposals[0].rationale", equalTo("Our incident process needs more time."))
                    .body("comments.id", equalTo(List.of(thanks)))
                    .body("comments[0].proposalId", equalTo(addition))
                    .body("comments[0].party", equalTo("CONSORTIUM"))
                    .body("comments[0].text", equalTo("Thanks, this helps our families."));
        }

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

        KafkaEvents.Received rejected = KafkaEvents.await(Topics.TEMPLATES, e -> negotiation.equals(e.key())
                && "org.compactdpa.negotiation.proposal-rejected.v1".equals(e.type()), Duration.ofSeconds(20)).get(0);
        assertThat(rejected.payload()).contains("\"proposalId\":\"" + open + "\"").contains("\"clauseKey\":\"V.2\"")
                .contains("\"kind\":\"DELETE\"").contains("\"status\":\"REJECTED\"");
    }

    @Test
    void anExhibitHKeyIsAddedOnceInANegotiation() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        String first = propose(VENDOR, negotiation, Map.of("clauseKey", "EXHIBIT_H.1", "kind", "ADD_EXHIBIT_H",
                "title", "Accessibility", "text", "The product meets WCAG 2.1 AA.", "rationale", "Commitment we make."));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + first + "/accept").then().statusCode(200);

        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "EXHIBIT_H.1", "kind", "ADD_EXHIBIT_H", "title", "Support",
                        "text", "Support answers within a day.", "rationale", "Service level."))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clauseKey"))
                .body("detail", containsString("already added"));
        String pending = propose(COORDINATOR, negotiation, Map.of("clauseKey", "EXHIBIT_H.2", "kind", "ADD_EXHIBIT_H",
                "title", "Training", "text", "Staff are trained yearly.", "rationale", "Districts ask for it."));
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "EXHIBIT_H.2", "kind", "ADD_EXHIBIT_H", "title", "Support",
                        "text", "Support answers within a day.", "rationale", "Service level."))
                .when().post("/api/negotiations/" + negotiation + "/proposals")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("clauseKey"))
                .body("detail", containsString("open proposal"));
        given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + pending + "/accept").then().statusCode(200);

        given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation + "/redline")
                .then().statusCode(200).body("added.key", equalTo(List.of("EXHIBIT_H.1", "EXHIBIT_H.2")));
        given().header("Authorization", Tokens.bearer(VENDOR)).when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200);
        String termsId = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/agree")
                .then().statusCode(200).body("status", equalTo("AGREED")).extract().path("termsId");
        List<String> keys = given().when().get("/api/terms/" + termsId).then().statusCode(200)
                .body("classification", equalTo("EXHIBIT_H_ONLY")).extract().path("content.clauses.key");
        assertThat(keys).filteredOn(k -> k.startsWith("EXHIBIT_H.")).containsExactly("EXHIBIT_H.1", "EXHIBIT_H.2");
    }

    @Test
    void aClauseWhoseDeletionWasAcceptedTakesNoFurtherProposals() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        String deletion = propose(VENDOR, negotiation, Map.of("clauseKey", "V.2", "kind", "DELETE",
                "rationale", "Covered elsewhere."));
        given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + deletion + "/accept").then().statusCode(200);

        for (Map<String, String> late : List.of(
                Map.of("clauseKey", "V.2", "kind", "REPLACE", "text", "Audits once a year.", "rationale", "Middle way."),
                Map.of("clauseKey", "V.2", "kind", "DELETE", "rationale", "Again."))) {
            given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON).body(late)
                    .when().post("/api/negotiations/" + negotiation + "/proposals")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("clauseKey"))
                    .body("detail", containsString("deleted by an accepted proposal"));
        }
        given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation + "/redline")
                .then().statusCode(200).body("removed.key", equalTo(List.of("V.2")));
    }

    @Test
    void aReplyAnswersACommentOfTheSameNegotiation() {
        String negotiation = open(TemplateFixtures.publishedTemplate());
        String other = open(TemplateFixtures.publishedTemplate());
        String elsewhere = comment(VENDOR, other, Map.of("text", "About the other negotiation."))
                .then().statusCode(201).extract().path("id");
        String question = comment(VENDOR, negotiation, Map.of("text", "Can we talk about Article V?"))
                .then().statusCode(201).extract().path("id");

        UUID unknown = UUID.randomUUID();
        comment(COORDINATOR, negotiation, Map.of("replyTo", unknown.toString(), "text", "Replying to nothing."))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("replyTo")).body("detail", containsString(unknown.toString()));
        comment(COORDINATOR, negotiation, Map.of("replyTo", elsewhere, "text", "Replying across negotiations."))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("replyTo")).body("detail", containsString("in this negotiation"));
        comment(COORDINATOR, negotiation, Map.of("proposalId", UUID.randomUUID().toString(), "text", "On nothing."))
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("proposalId"));

        String answer = comment(COORDINATOR, negotiation, Map.of("replyTo", question, "text", "Yes, on Thursday."))
                .then().statusCode(201).body("replyTo", equalTo(question)).body("party", equalTo("CONSORTIUM"))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation)
                .then().statusCode(200).body("comments.id", equalTo(List.of(question, answer)));
    }

    private static void announceProduct(UUID product, UUID vendor) {
        KafkaEvents.publish(UUID.randomUUID().toString(), product, new ProductRegistered(product, vendor, "Announced App",
                "https://example.org/app", List.of(DataElement.STUDENT_NAME), null, SecurityFramework.NIST_CSF, List.of(),
                1, Instant.now()));
    }

    @Test
    void aNegotiationCoversOnlyTheVendorsOwnProducts() {
        String template = TemplateFixtures.publishedTemplate();
        open(template);
        UUID othersProduct = UUID.randomUUID();
        announceProduct(othersProduct, DemoOrganisations.QUILLSTONE);
        UUID unknownProduct = UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                        .body(Map.of("templateId", template, "version", 1, "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                                "productIds", List.of(BRIGHTPATH_PRODUCT.toString(), othersProduct.toString())))
                        .when().post("/api/negotiations")
                        .then().statusCode(422).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("productIds[1]"))
                        .body("detail", containsString("belongs to another vendor")));
        given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("templateId", template, "version", 1, "vendorId", DemoOrganisations.BRIGHTPATH.toString(),
                        "productIds", List.of(unknownProduct.toString())))
                .when().post("/api/negotiations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("productIds[0]"))
                .body("detail", containsString("not known here"));
        assertThat(TestDatabase.count("compact_test", "select count(*) from negotiation where template_id = ?::uuid",
                template)).isOne();
    }

    @Test
    void onlyVerifiedVendorsNegotiateAndTheirSignersMayOpenOne() {
        String template = TemplateFixtures.publishedTemplate();
        UUID unknown = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(COORDINATOR)).contentType(ContentType.JSON)
                .body(Map.of("templateId", template, "version", 1, "vendorId", unknown.toString(),
                        "productIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/negotiations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("vendorId")).body("detail", containsString("not yet verified"));
        given().header("Authorization", Tokens.bearer("quillstone-signer")).contentType(ContentType.JSON)
                .body(Map.of("templateId", template, "version", 1, "vendorId", DemoOrganisations.QUILLSTONE.toString(),
                        "productIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/negotiations")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("vendorId"));
        assertThat(TestDatabase.count("compact_test", "select count(*) from negotiation where template_id = ?::uuid",
                template)).isZero();

        String negotiation = open("brightpath-signer", template);
        given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation)
                .then().statusCode(200).body("negotiation.vendorId", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                .body("negotiation.status", equalTo("OPEN"));
    }

    @Test
    void bothSidesAgreeingAtTheSameMomentFreezeTheTermsOnce() throws Exception {
        for (int round = 0; round < 4; round++) {
            String negotiation = open(TemplateFixtures.publishedTemplate());

            List<Response> responses = atOnce(negotiation, VENDOR, COORDINATOR);

            assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(200));
            assertThat(responses.stream().map(r -> r.<String>path("status")).toList())
                    .containsExactlyInAnyOrder("OPEN", "AGREED");
            given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation)
                    .then().statusCode(200)
                    .body("negotiation.status", equalTo("AGREED"))
                    .body("negotiation.termsId", notNullValue())
                    .body("negotiation.vendorAgreedAt", notNullValue())
                    .body("negotiation.consortiumAgreedAt", notNullValue());
            assertThat(TestDatabase.count("compact_test", "select count(*) from terms_package where negotiation_id = ?::uuid",
                    negotiation)).as("terms of round " + round).isEqualTo(1);
        }
    }

    @Test
    void oneSideAgreeingTwiceAtTheSameMomentCountsOnce() throws Exception {
        String negotiation = open(TemplateFixtures.publishedTemplate());

        List<Response> responses = atOnce(negotiation, VENDOR, "brightpath-signer");

        assertThat(responses.stream().map(Response::statusCode).sorted().toList()).isEqualTo(List.of(200, 409));
        Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("detail")).contains("already agreed");
        given().header("Authorization", Tokens.bearer(COORDINATOR)).when().get("/api/negotiations/" + negotiation)
                .then().statusCode(200).body("negotiation.status", equalTo("OPEN"))
                .body("negotiation.vendorAgreedAt", notNullValue()).body("negotiation.consortiumAgreedAt", nullValue());
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

    /** The fields each answer has always had (they were once the stored rows themselves). */
    @Test
    void theAnswersKeepTheirFields() {
        List<String> negotiationFields = List.of("id", "templateId", "versionId", "consortiumId", "vendorId", "products",
                "status", "consortiumAgreedAt", "consortiumAgreedBy", "vendorAgreedAt", "vendorAgreedBy", "termsId",
                "createdAt", "createdBy");
        List<String> proposalFields = List.of("id", "negotiationId", "clauseKey", "kind", "text", "title", "rationale",
                "party", "status", "counterOf", "proposedBy", "decidedBy", "decidedAt", "createdAt");
        List<String> commentFields = List.of("id", "negotiationId", "proposalId", "replyTo", "party", "author", "text",
                "createdAt");
        String negotiation = open(TemplateFixtures.publishedTemplate());
        Response proposed = given().header("Authorization", Tokens.bearer(VENDOR)).contentType(ContentType.JSON)
                .body(Map.of("clauseKey", "V.4", "kind", "REPLACE", "text", "Ten days.", "rationale", "Time."))
                .when().post("/api/negotiations/" + negotiation + "/proposals");
        Response accepted = given().header("Authorization", Tokens.bearer(COORDINATOR))
                .when().post("/api/negotiations/" + negotiation + "/proposals/" + proposed.path("id") + "/accept");
        Response commented = comment(COORDINATOR, negotiation, Map.of("text", "Fine."));
        Response agreed = given().header("Authorization", Tokens.bearer(VENDOR))
                .when().post("/api/negotiations/" + negotiation + "/agree");
        Response read = given().header("Authorization", Tokens.bearer(VENDOR)).when().get("/api/negotiations/" + negotiation);
        Response listed = given().header("Authorization", Tokens.bearer(VENDOR)).queryParam("size", 1)
                .when().get("/api/negotiations");

        assertThat(proposed.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrderElementsOf(proposalFields);
        assertThat(accepted.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrderElementsOf(proposalFields);
        assertThat(commented.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrderElementsOf(commentFields);
        assertThat(agreed.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrderElementsOf(negotiationFields);
        assertThat(read.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder("negotiation", "proposals", "comments");
        assertThat(read.jsonPath().getMap("negotiation").keySet()).containsExactlyInAnyOrderElementsOf(negotiationFields);
        assertThat(read.jsonPath().getMap("proposals[0]").keySet()).containsExactlyInAnyOrderElementsOf(proposalFields);
        assertThat(read.jsonPath().getMap("comments[0]").keySet()).containsExactlyInAnyOrderElementsOf(commentFields);
        assertThat(listed.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder("items", "page", "size", "total");
        assertThat(listed.jsonPath().getMap("items[0]").keySet()).containsExactlyInAnyOrderElementsOf(negotiationFields);
    }
}
