package org.compactdpa.signatures.offers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.KeycloakUsers;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Adopting a general offer: who may, what is refused and why, retries, and what a withdrawal leaves in force. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class AdoptionIT {

    static final String ADOPTED = "org.compactdpa.agreement.adopted.v1";

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    /** A signer of a new district in the state, once signatures knows the district (and its membership). */
    static UUID newDistrict(String name, String state, boolean member) {
        UUID id = UUID.randomUUID();
        SigningFlowIT.district(id, name, state, member);
        KeycloakUsers.create(signerOf(id), "district-signer", "DISTRICT", id);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var district = given().header("Authorization", Tokens.bearer("admin"))
                    .when().get("/api/admin/directory/districts/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(district.getString("name")).isEqualTo(name);
            if (member) {
                assertThat(district.getList("consortia")).contains(DemoOrganisations.CONSORTIUM.toString());
            }
        });
        return id;
    }

    static String signerOf(UUID district) {
        return "adopter-" + district.toString().substring(0, 8);
    }

    static long adoptions(String offer, UUID district) {
        return TestDatabase.count(Rows.DB, "select count(*) from agreement where origin_agreement_id = ?::uuid"
                + " and district_id = ?::uuid and kind = 'ADOPTION'", offer, district.toString());
    }

    static io.restassured.response.ValidatableResponse adoptWithHash(String offer, String user, String hash) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/offers/" + offer + "/adoptions").then();
    }

    @Test
    void aDistrictInTheStateButOutsideTheConsortiumCannotAdopt() {
        String offer = SigningFlowIT.executedOffer();
        UUID outsider = newDistrict("Cranberry Bog Charter", "MA", false);

        SigningFlowIT.adopt(offer, signerOf(outsider)).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("districtId"))
                .body("detail", containsString("members of the consortium that negotiated it"));
        assertThat(adoptions(offer, outsider)).isZero();
    }

    @Test
    void aStaleOrForeignExhibitHashIsRefusedAndTheCurrentOneIsNamed() {
        String offer = SigningFlowIT.executedOffer();
        var exhibit = given().header("Authorization", Tokens.bearer("harbor-signer"))
                .when().get("/api/offers/" + offer + "/exhibit-e").then().statusCode(200).extract().jsonPath();
        assertThat(exhibit.getString("text")).contains("Harbor Point Public Schools (the Subscribing District)");

        adoptWithHash(offer, "harbor-signer", "ab".repeat(32)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is not the current one (" + exhibit.getString("sha256") + ")"))
                .body("detail", containsString("review it again"));

        // Another district's exhibit can be read, but a signer adopts only as their own district.
        String granites = given().header("Authorization", Tokens.bearer("harbor-signer"))
                .queryParam("districtId", DemoOrganisations.GRANITE.toString())
                .when().get("/api/offers/" + offer + "/exhibit-e").then().statusCode(200)
                .body("text", containsString("Granite Hills Regional (the Subscribing District)"))
                .extract().path("sha256");
        adoptWithHash(offer, "harbor-signer", granites).statusCode(409).body("detail", containsString("review it again"));
        assertThat(adoptions(offer, DemoOrganisations.HARBOR)).isZero();
        assertThat(adoptions(offer, DemoOrganisations.GRANITE)).isZero();

        adoptWithHash(offer, "harbor-signer", exhibit.getString("sha256")).statusCode(201)
                .body("documentSha256", equalTo(exhibit.getString("sha256")));
    }

    @Test
    void modifiedTermsAreNeverAdopted() {
        // Even terms that arrive flagged eligible cannot carry an offer once modified for one district.
        UUID modified = SigningFlowIT.terms("MODIFIED", true);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                        .body(Map.of("termsId", modified.toString(), "districtId", DemoOrganisations.MAPLE.toString(),
                                "productIds", List.of(SigningFlowIT.PRODUCT.toString()), "generalOffer", true))
                        .when().post("/api/agreements")
                        .then().statusCode(422).body("errors[0].field", equalTo("generalOffer")));

        // So the only way to such an offer is a row written before that rule: the adoption still refuses it.
        String offer = SigningFlowIT.executedOffer();
        assertThat(TestDatabase.execute(Rows.DB, "update agreement set classification = 'MODIFIED' where id = ?::uuid",
                offer)).isEqualTo(1);
        SigningFlowIT.adopt(offer, "harbor-signer").statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agreementId"))
                .body("detail", containsString("modified for one district"));
        assertThat(adoptions(offer, DemoOrganisations.HARBOR)).isZero();
    }

    @Test
    void retriesOfOneAdoptionAtTheSameMomentAnswerTheSameAdoption() throws Exception {
        UUID district = newDistrict("Retrying Regional Schools", "MA", true);
        String user = signerOf(district);
        String offer = SigningFlowIT.executedOffer();
        String hash = given().header("Authorization", Tokens.bearer(user))
                .when().get("/api/offers/" + offer + "/exhibit-e").then().statusCode(200).extract().path("sha256");

        int attempts = 5;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                        .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                        .when().post("/api/offers/" + offer + "/adoptions");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Future<Response> result : results) {
            Response response = result.get(60, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            assertThat(response.statusCode()).as(response.asString()).isIn(200, 201);
            ids.add(response.path("id"));
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200, 200);
        assertThat(ids).hasSize(1);
        String adoption = ids.iterator().next();
        SigningFlowIT.adopt(offer, user).statusCode(200).body("id", equalTo(adoption)).body("status", equalTo("EXECUTED"));
        assertThat(adoptions(offer, district)).isEqualTo(1);
        assertThat(TestDatabase.count(Rows.DB, "select count(*) from outbox_event where event_type = ? and payload like ?",
                ADOPTED, "%\"originAgreementId\":\"" + offer + "\"%")).isEqualTo(1);
        assertThat(TestDatabase.count(Rows.DB, "select count(*) from evidence_entry where agreement_id = ?::uuid"
                + " and type = 'ADOPTED'", offer)).isEqualTo(1);

        KafkaEvents.await(Topics.AGREEMENTS, e -> adoption.equals(e.key()) && ADOPTED.equals(e.type()), Duration.ofSeconds(20));
        assertThat(KafkaEvents.readAll(Topics.AGREEMENTS, Duration.ofSeconds(2)).stream()
                .filter(e -> ADOPTED.equals(e.type()) && e.payload().contains("\"originAgreementId\":\"" + offer + "\"")))
                .hasSize(1);
    }

    @Test
    void onlyTheVendorWithdrawsAnOfferAndItsAdoptionsStayInForce() {
        String offer = SigningFlowIT.executedOffer();
        String adoption = SigningFlowIT.adopt(offer, "harbor-signer").statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("maple-signer")).when().post("/api/offers/" + offer + "/withdraw")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("quillstone-signer")).when().post("/api/offers/" + offer + "/withdraw")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Only the vendor"));
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + offer)
                .then().body("offerWithdrawn", equalTo(false));
        assertThat(TestDatabase.count(Rows.DB, "select count(*) from outbox_event where aggregate_id = ?"
                + " and event_type = 'org.compactdpa.offer.withdrawn.v1'", offer)).isZero();

        given().header("Authorization", Tokens.bearer("brightpath-signer")).when().post("/api/offers/" + offer + "/withdraw")
                .then().statusCode(200).body("offerWithdrawn", equalTo(true)).body("status", equalTo("EXECUTED"));
        given().header("Authorization", Tokens.bearer("brightpath-signer")).when().post("/api/offers/" + offer + "/withdraw")
                .then().statusCode(409).body("detail", containsString("already withdrawn"));

        var withdrawn = KafkaEvents.await(Topics.AGREEMENTS, e -> offer.equals(e.key())
                && "org.compactdpa.offer.withdrawn.v1".equals(e.type()), Duration.ofSeconds(20)).get(0);
        assertThat(io.restassured.path.json.JsonPath.from(withdrawn.payload()).getString("vendorId"))
                .isEqualTo(DemoOrganisations.BRIGHTPATH.toString());

        given().header("Authorization", Tokens.bearer("harbor-signer")).when().get("/api/agreements/" + adoption)
                .then().statusCode(200).body("status", equalTo("EXECUTED")).body("originAgreementId", equalTo(offer));
        given().queryParam("districtId", DemoOrganisations.HARBOR.toString()).queryParam("status", "EXECUTED")
                .queryParam("size", 200).when().get("/api/registry/agreements")
                .then().statusCode(200).body("items.id", hasItem(adoption));
        // The holder retrying its adoption still gets it; only new adoptions are closed.
        SigningFlowIT.adopt(offer, "harbor-signer").statusCode(200).body("id", equalTo(adoption));
        SigningFlowIT.adopt(offer, "granite-signer").statusCode(409).body("detail", containsString("withdrew"));
    }

    @Test
    void withdrawingWhereNoOfferIsOpenIs409WithNoEventAndNoEvidence() {
        String noOffer = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        String hash = SigningFlowIT.hashOf(noOffer, "brightpath-signer");
        SigningFlowIT.sign(noOffer, "brightpath-signer", hash).statusCode(200);
        SigningFlowIT.sign(noOffer, "maple-signer", hash).statusCode(200).body("status", equalTo("EXECUTED"));
        String notYetExecuted = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, true);

        given().header("Authorization", Tokens.bearer("brightpath-signer")).when().post("/api/offers/" + noOffer + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("carries no general offer: there is nothing to withdraw"));
        given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().post("/api/offers/" + notYetExecuted + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("AWAITING_VENDOR: its offer is not open"));

        for (String agreement : List.of(noOffer, notYetExecuted)) {
            assertThat(TestDatabase.count(Rows.DB, "select count(*) from outbox_event where aggregate_id = ?"
                    + " and event_type = 'org.compactdpa.offer.withdrawn.v1'", agreement)).isZero();
            assertThat(TestDatabase.count(Rows.DB, "select count(*) from evidence_entry where agreement_id = ?::uuid"
                    + " and type = 'OFFER_WITHDRAWN'", agreement)).isZero();
            given().header("Authorization", Tokens.bearer("brightpath-signer")).when().get("/api/agreements/" + agreement)
                    .then().statusCode(200).body("offerWithdrawn", equalTo(false));
        }
        assertThat(KafkaEvents.readAll(Topics.AGREEMENTS, Duration.ofSeconds(2)).stream()
                .filter(e -> "org.compactdpa.offer.withdrawn.v1".equals(e.type())
                        && (noOffer.equals(e.key()) || notYetExecuted.equals(e.key())))).isEmpty();
    }
}
