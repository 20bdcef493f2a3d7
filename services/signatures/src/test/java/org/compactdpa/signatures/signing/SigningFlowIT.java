package org.compactdpa.signatures.signing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.TermsClause;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.Law;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signing ceremony and the general offer against real PostgreSQL, Kafka and Keycloak tokens:
 * the parties arrive as events from the other services, then people sign through the API.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
public class SigningFlowIT {

    public static final UUID PRODUCT = UUID.randomUUID();
    public static final UUID OUTSIDER = UUID.randomUUID();

    @BeforeAll
    public static void parties() {
        vendor(DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.", true);
        product(PRODUCT, DemoOrganisations.BRIGHTPATH, "Brightpath Reader",
                List.of(DataElement.STUDENT_NAME, DataElement.ASSESSMENT));
        district(DemoOrganisations.MAPLE, "Maple Valley Public Schools", "MA", true);
        district(DemoOrganisations.HARBOR, "Harbor Point Public Schools", "MA", true);
        district(DemoOrganisations.GRANITE, "Granite Hills Regional", "NH", true);
    }

    public static void district(UUID id, String name, String state, boolean member) {
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new DistrictRegistered(id, name, state, "25990"
                + (10 + new java.util.Random().nextInt(89)), Instant.now()));
        if (member) {
            KafkaEvents.publish(UUID.randomUUID().toString(), id, new DistrictJoinedConsortium(id,
                    DemoOrganisations.CONSORTIUM, state, Instant.now()));
        }
    }

    /** A vendor as the vendors service announces it: registered, and verified by a coordinator or not. */
    public static void vendor(UUID id, String legalName, boolean verified) {
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new VendorRegistered(id, legalName, null,
                "https://" + id + ".example.com", Instant.now()));
        if (verified) {
            KafkaEvents.publish(UUID.randomUUID().toString(), id, new VendorVerified(id, legalName, Instant.now()));
        }
    }

    public static void product(UUID id, UUID vendor, String name, List<DataElement> elements) {
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new ProductRegistered(id, vendor, name,
                "https://example.com/" + id, elements, null, SecurityFramework.NIST_CSF, List.of(), 1, Instant.now()));
    }

    public static UUID terms(String classification, boolean eligible) {
        return terms(classification, eligible, DemoOrganisations.BRIGHTPATH, PRODUCT, "MA");
    }

    /** Frozen terms of the demo consortium for the vendor's product in the state, three years long. */
    public static UUID terms(String classification, boolean eligible, UUID vendor, UUID product, String state) {
        UUID id = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new TermsAgreed(id, UUID.randomUUID(), "Sample DPA", 1, null,
                DemoOrganisations.CONSORTIUM, vendor, List.of(product), state,
                List.of(new TermsClause("V.4", "ARTICLE_V", "Breach notification", "Within 72 hours.")), 72, 60, 3, 10,
                state, List.of(Law.FERPA), List.of(), classification, eligible, "ab".repeat(32),
                "Sample DPA (version 1)\n\nV.4 Breach notification\nWithin 72 hours.\n", Instant.now()));
        return id;
    }

    public static String prepare(UUID terms, UUID district, boolean offer) {
        return prepare(terms, district, offer, PRODUCT);
    }

    /** An agreement prepared by the coordinator, once signatures has learned the terms and parties from events. */
    public static String prepare(UUID terms, UUID district, boolean offer, UUID product) {
        java.util.concurrent.atomic.AtomicReference<String> id = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var response = given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("termsId", terms.toString(), "districtId", district.toString(),
                            "productIds", List.of(product.toString()), "generalOffer", offer))
                    .when().post("/api/agreements");
            // 422 while an event is still on its way; anything else must be the agreement.
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id.set(response.path("id"));
        });
        return id.get();
    }

    public static String hashOf(String agreement, String user) {
        return given().header("Authorization", Tokens.bearer(user)).when().get("/api/agreements/" + agreement + "/document")
                .then().statusCode(200).extract().path("sha256");
    }

    public static io.restassured.response.ValidatableResponse sign(String agreement, String user, String hash) {
        return given().header("Authorization", Tokens.bearer(user)).header("User-Agent", "compact-tests")
                .contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + agreement + "/signatures").then();
    }

    public static String executedOffer() {
        String agreement = prepare(terms("STANDARD", true), DemoOrganisations.MAPLE, true);
        String hash = hashOf(agreement, "brightpath-signer");
        sign(agreement, "brightpath-signer", hash).statusCode(200);
        sign(agreement, "maple-signer", hash).statusCode(200).body("status", equalTo("EXECUTED"));
        return agreement;
    }

    public static io.restassured.response.ValidatableResponse adopt(String offer, String user) {
        String exhibit = given().header("Authorization", Tokens.bearer(user))
                .when().get("/api/offers/" + offer + "/exhibit-e").then().extract().path("sha256");
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true,
                        "documentSha256", exhibit == null ? "0".repeat(64) : exhibit))
                .when().post("/api/offers/" + offer + "/adoptions").then();
    }

    @Test
    void vendorSignsThenTheDistrictAndASecondDistrictAdoptsWithOneSignature() {
        String agreement = prepare(terms("STANDARD", true), DemoOrganisations.MAPLE, true);
        String hash = hashOf(agreement, "maple-signer");
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + agreement + "/document")
                .then().body("text", containsString("Brightpath Reader: ASSESSMENT, STUDENT_NAME"));

        sign(agreement, "maple-signer", hash).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("vendor's turn"));
        sign(agreement, "brightpath-signer", "0".repeat(64)).statusCode(409).body("detail", containsString("review it again"));
        sign(agreement, "brightpath-signer", hash).statusCode(200).body("status", equalTo("AWAITING_DISTRICT"));
        sign(agreement, "brightpath-signer", hash).statusCode(409);
        sign(agreement, "harbor-signer", hash).statusCode(403).contentType("application/problem+json");
        sign(agreement, "maple-signer", hash).statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("expiresOn", equalTo(LocalDate.now().plusYears(3).toString()))
                .body("signatures.party", equalTo(List.of("VENDOR", "DISTRICT")));

        given().queryParam("state", "MA").queryParam("size", 200).when().get("/api/offers")
                .then().statusCode(200).body("items.id", hasItem(agreement));
        String adoption = adopt(agreement, "harbor-signer").statusCode(201)
                .body("kind", equalTo("ADOPTION"))
                .body("status", equalTo("EXECUTED"))
                .body("originAgreementId", equalTo(agreement))
                .body("expiresOn", equalTo(LocalDate.now().plusYears(3).toString()))
                .extract().path("id");
        adopt(agreement, "harbor-signer").statusCode(200).body("id", equalTo(adoption));
        adopt(agreement, "maple-signer").statusCode(409).body("detail", containsString("originated"));

        KafkaEvents.await(Topics.AGREEMENTS, e -> adoption.equals(e.key())
                && "org.compactdpa.agreement.adopted.v1".equals(e.type()), Duration.ofSeconds(20));
    }

    @Test
    void adoptionsAreRefusedWithAReasonWhenTheOfferIsNotOpenToTheDistrict() {
        String offer = executedOffer();
        adopt(offer, "granite-signer").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("districts in MA"));

        String noOffer = prepare(terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        String hash = hashOf(noOffer, "brightpath-signer");
        sign(noOffer, "brightpath-signer", hash).statusCode(200);
        sign(noOffer, "maple-signer", hash).statusCode(200);
        adopt(noOffer, "harbor-signer").statusCode(422).body("detail", containsString("no general offer"));

        given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().post("/api/offers/" + offer + "/withdraw").then().statusCode(200).body("offerWithdrawn", equalTo(true));
        adopt(offer, "harbor-signer").statusCode(409).body("detail", containsString("withdrew"));
        given().queryParam("size", 200).when().get("/api/offers").then().body("items.id", not(hasItem(offer)));
    }

    @Test
    void modifiedTermsCannotCarryAnOffer() {
        UUID modified = terms("MODIFIED", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                        .body(Map.of("termsId", modified.toString(), "districtId", DemoOrganisations.MAPLE.toString(),
                                "productIds", List.of(PRODUCT.toString()), "generalOffer", true))
                        .when().post("/api/agreements")
                        .then().statusCode(422).body("errors[0].field", equalTo("generalOffer")));
    }

    @Test
    void anExpiredOfferIsRefusedAndItsAdoptionsExpireWithIt() {
        String offer = executedOffer();
        String adoption = adopt(offer, "harbor-signer").statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("admin")).queryParam("asOf", LocalDate.now().plusYears(3).plusDays(1).toString())
                .when().post("/api/admin/lifecycle/run")
                .then().statusCode(200).body("ran", equalTo(true));

        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + offer)
                .then().body("status", equalTo("EXPIRED"));
        given().header("Authorization", Tokens.bearer("harbor-signer")).when().get("/api/agreements/" + adoption)
                .then().body("status", equalTo("EXPIRED"));
        adopt(offer, "granite-signer").statusCode(409).body("detail", containsString("expired"));
    }

    @Test
    void remindersGoOutOnceAtNinetyThirtyAndSevenDays() {
        String offer = executedOffer();
        LocalDate expires = LocalDate.now().plusYears(3);
        for (int daysLeft : List.of(100, 90, 89, 30, 30, 7)) {
            given().header("Authorization", Tokens.bearer("admin")).queryParam("asOf", expires.minusDays(daysLeft).toString())
                    .when().post("/api/admin/lifecycle/run").then().statusCode(200);
        }
        KafkaEvents.await(Topics.AGREEMENTS, e -> offer.equals(e.key()) && e.payload().contains("\"daysLeft\":7"),
                Duration.ofSeconds(20));
        List<String> reminders = KafkaEvents.readAll(Topics.AGREEMENTS, Duration.ofSeconds(2)).stream()
                .filter(e -> offer.equals(e.key()) && "org.compactdpa.agreement.expiring.v1".equals(e.type()))
                .map(KafkaEvents.Received::payload).toList();
        org.assertj.core.api.Assertions.assertThat(reminders).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(reminders.get(0)).contains("\"daysLeft\":90");
        org.assertj.core.api.Assertions.assertThat(reminders.get(1)).contains("\"daysLeft\":30");
        org.assertj.core.api.Assertions.assertThat(reminders.get(2)).contains("\"daysLeft\":7");
    }

    @Test
    void declineAndTerminationEndAgreements() {
        String declined = prepare(terms("STANDARD", true), DemoOrganisations.HARBOR, false);
        given().header("Authorization", Tokens.bearer("harbor-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Not our turn")).when().post("/api/agreements/" + declined + "/decline")
                .then().statusCode(409);
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Product retired")).when().post("/api/agreements/" + declined + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("endReason", equalTo("Product retired"));

        String offer = executedOffer();
        given().header("Authorization", Tokens.bearer("maple-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Service discontinued")).when().post("/api/agreements/" + offer + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED")).body("endReason", equalTo("Service discontinued"));
        adopt(offer, "harbor-signer").statusCode(409).body("detail", containsString("terminated"));
    }

    @Test
    void intentAndConsentAreRequiredAndOutsidersSeeNothing() {
        String agreement = prepare(terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        String hash = hashOf(agreement, "brightpath-signer");
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType(ContentType.JSON)
                .body(Map.of("intent", false, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + agreement + "/signatures")
                .then().statusCode(422).body("errors[0].field", equalTo("intent"));
        given().header("Authorization", Tokens.bearer("quillstone-signer")).when().get("/api/agreements/" + agreement)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("quillstone-signer")).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + agreement + "/signatures")
                .then().statusCode(403);
    }

    @Test
    void fiftyDistrictsAdoptingOneOfferAtOnceEachSucceedExactlyOnce() throws Exception {
        int districts = 50;
        List<String> users = new java.util.ArrayList<>();
        for (int i = 0; i < districts; i++) {
            UUID id = UUID.randomUUID();
            district(id, "Concurrent District " + i, "MA", true);
            String user = "concurrent-" + i + "-" + id.toString().substring(0, 8);
            org.compactdpa.testing.KeycloakUsers.create(user, "district-signer", "DISTRICT", id);
            users.add(user);
        }
        String offer = executedOffer();
        // Every district must be known before the race starts; the exhibit is only served for known ones.
        Map<String, String> exhibits = new java.util.concurrent.ConcurrentHashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String user : users) {
                if (!exhibits.containsKey(user)) {
                    String sha = given().header("Authorization", Tokens.bearer(user))
                            .when().get("/api/offers/" + offer + "/exhibit-e").then().extract().path("sha256");
                    if (sha != null) {
                        exhibits.put(user, sha);
                    }
                }
            }
            org.assertj.core.api.Assertions.assertThat(exhibits).hasSize(districts);
        });

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(districts);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<io.restassured.response.Response>> results = new java.util.ArrayList<>();
        for (String user : users) {
            results.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                        .body(Map.of("intent", true, "consentToElectronicRecords", true,
                                "documentSha256", exhibits.get(user)))
                        .when().post("/api/offers/" + offer + "/adoptions");
            }));
        }
        start.countDown();
        java.util.Set<String> adoptions = new java.util.HashSet<>();
        for (var result : results) {
            io.restassured.response.Response response = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            adoptions.add(response.path("id"));
        }
        pool.shutdown();

        org.assertj.core.api.Assertions.assertThat(adoptions).hasSize(districts);
        org.assertj.core.api.Assertions.assertThat(org.compactdpa.testing.TestDatabase.count("compact_test",
                "select count(*) from agreement where origin_agreement_id = ?::uuid and kind = 'ADOPTION'", offer))
                .isEqualTo(districts);
    }
}
