package org.compactdpa.districts.apprequests;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class AppRequestResourceTest {

    private static final String MAPLE_REQUESTS = "/api/districts/" + DemoOrganisations.MAPLE + "/app-requests";

    @BeforeEach
    void demo() {
        DemoDistricts.ensure();
    }

    private static String submitAsMaple(Map<String, Object> body, int expectedStatus) {
        return given().header("Authorization", Tokens.bearer("maple-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(expectedStatus).extract().path("id");
    }

    @Test
    void aRequestWithoutAnOfferIsQueuedAndTheCoordinatorResolvesIt() {
        String id = submitAsMaple(Map.of("productName", "Quiz Quest " + UUID.randomUUID(), "purpose", "Grade 4 review"), 201);
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + id)
                .then().statusCode(200).body("status", equalTo("QUEUED"));

        given().header("Authorization", Tokens.bearer("coordinator")).queryParam("size", 200)
                .when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/app-requests")
                .then().statusCode(200).body("items.id", hasItem(id));

        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NEGOTIATION_STARTED", "note", "Opening talks with the vendor"))
                .when().post("/api/app-requests/" + id + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("NEGOTIATION_STARTED"))
                .body("history.status", equalTo(List.of("QUEUED", "NEGOTIATION_STARTED")))
                .body("history[1].note", equalTo("Opening talks with the vendor"));

        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ALREADY_COVERED"))
                .when().post("/api/app-requests/" + id + "/resolve")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anActiveGeneralOfferAnswersTheRequestAtOnce() {
        UUID product = DemoDistricts.product("Offered App", List.of(DataElement.STUDENT_NAME));
        AgreementExecuted offer = DemoDistricts.executed(DemoOrganisations.HARBOR, true, Map.of(product, "Offered App"));
        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
        // Both events must have arrived (they travel on different topics): the list shows the product
        // with its declared data once the agreement and the product registration are both in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/districts/" + DemoOrganisations.HARBOR + "/products")
                        .then().body("items.find { it.productId == '" + product + "' }.dataElements",
                                hasItem("STUDENT_NAME")));

        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productId", product.toString()))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(201)
                .body("status", equalTo("OFFER_AVAILABLE"))
                .body("offerAgreementId", equalTo(offer.agreementId().toString()))
                .body("productName", equalTo("Offered App"));
    }

    @Test
    void aRequestIsApprovedWhenAnAgreementComesToCoverTheProduct() {
        UUID product = DemoDistricts.product("Awaited App", List.of());
        String id = submitAsMaple(Map.of("productId", product.toString(), "productName", "Awaited App"), 201);
        AgreementExecuted executed = DemoDistricts.executed(DemoOrganisations.MAPLE, false, Map.of(product, "Awaited App"));
        KafkaEvents.publish(UUID.randomUUID().toString(), executed.agreementId(), executed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + id)
                        .then().statusCode(200).body("status", equalTo("APPROVED")));
        submitAsMaple(Map.of("productId", product.toString()), 409);
    }

    @Test
    void staffOfAnotherDistrictCannotAskOrReadForIt() {
        given().header("Authorization", Tokens.bearer("harbor-staff")).contentType(ContentType.JSON)
                .body(Map.of("productName", "Sneaky App"))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().get(MAPLE_REQUESTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get(MAPLE_REQUESTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(MAPLE_REQUESTS).then().statusCode(401);
    }

    @Test
    void aCoordinatorOfAnotherConsortiumCannotResolve() {
        // A district outside the coordinator's consortium, registered by a platform admin.
        String nces = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String outsider = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "Outside District " + nces, "state", "VT", "ncesId", nces))
                .when().post("/api/districts").then().statusCode(201).extract().path("id");
        String id = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("productName", "Outside App"))
                .when().post("/api/districts/" + outsider + "/app-requests")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DECLINED"))
                .when().post("/api/app-requests/" + id + "/resolve")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("coordinator")).queryParam("size", 200)
                .when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/app-requests")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/consortia/" + UUID.randomUUID() + "/app-requests")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidRequestsNameTheReason() {
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON).body(Map.of())
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("productName"));
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productId", UUID.randomUUID().toString()))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("productId"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("productName", "Nowhere App"))
                .when().post("/api/districts/" + UUID.randomUUID() + "/app-requests")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROVED"))
                .when().post("/api/app-requests/" + UUID.randomUUID() + "/resolve")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDistrictSignerAsksForTheirOwnDistrict() {
        String name = "Signer's Pick " + UUID.randomUUID();
        String id = given().header("Authorization", Tokens.bearer("maple-signer")).contentType(ContentType.JSON)
                .body(Map.of("productName", name, "purpose", "Board review"))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(201)
                .body("districtId", equalTo(DemoOrganisations.MAPLE.toString()))
                .body("productName", equalTo(name))
                .body("status", equalTo("QUEUED"))
                .body("history.status", equalTo(List.of("QUEUED")))
                .extract().path("id");
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + id)
                .then().statusCode(200).body("purpose", equalTo("Board review"));
        given().header("Authorization", Tokens.bearer("harbor-signer")).contentType(ContentType.JSON)
                .body(Map.of("productName", name))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void districtPeopleCannotResolveOrReadTheQueue() {
        String id = submitAsMaple(Map.of("productName", "Self Served " + UUID.randomUUID()), 201);
        for (String user : List.of("maple-staff", "maple-signer")) {
            given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "ALREADY_COVERED"))
                    .when().post("/api/app-requests/" + id + "/resolve")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", Tokens.bearer(user))
                    .when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/app-requests")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + id)
                .then().statusCode(200).body("status", equalTo("QUEUED")).body("history.size()", equalTo(1));
    }

    @Test
    void staffOfAnotherDistrictCannotReadARequest() {
        String id = submitAsMaple(Map.of("productName", "Private Matter " + UUID.randomUUID()), 201);
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().get("/api/app-requests/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get("/api/app-requests/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/app-requests/" + id).then().statusCode(401);
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/app-requests/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aCoordinatorCannotReadTheRequestsOfADistrictOutsideTheirConsortium() {
        UUID outsider = DemoDistricts.newDistrict("VT");
        String id = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("productName", "Outside Reading"))
                .when().post("/api/districts/" + outsider + "/app-requests")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/districts/" + outsider + "/app-requests")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/app-requests/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/districts/" + outsider + "/app-requests")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void aPlatformAdminMayResolve() {
        String id = submitAsMaple(Map.of("productName", "Admin Decided " + UUID.randomUUID()), 201);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DECLINED", "note", "Not for district use"))
                .when().post("/api/app-requests/" + id + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("resolutionNote", equalTo("Not for district use"))
                .body("resolvedAt", notNullValue());
    }

    @Test
    void anUnknownConsortiumsQueueIsRefusedNamingTheField() {
        UUID unknown = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/consortia/" + unknown + "/app-requests")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consortiumId"));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/consortia/" + unknown + "/app-requests")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anOfferInAnotherStateDoesNotAnswerTheRequest() {
        UUID product = UUID.randomUUID();
        AgreementExecuted offer = DemoDistricts.executed(UUID.randomUUID(), "NH", true, Map.of(product, "Granite State App"),
                LocalDate.now().plusYears(2));
        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
        DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());

        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productId", product.toString(), "productName", "Granite State App"))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("QUEUED")).body("offerAgreementId", nullValue());
    }

    @Test
    void anOfferPastItsExpiryDoesNotAnswerTheRequest() {
        UUID product = UUID.randomUUID();
        AgreementExecuted lapsed = DemoDistricts.executed(DemoOrganisations.HARBOR, "MA", true,
                Map.of(product, "Lapsed Offer App"), LocalDate.now().minusDays(1));
        KafkaEvents.publish(UUID.randomUUID().toString(), lapsed.agreementId(), lapsed);
        DemoDistricts.awaitAgreementEventsHandled(lapsed.agreementId());

        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productId", product.toString(), "productName", "Lapsed Offer App"))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("QUEUED")).body("offerAgreementId", nullValue());
    }

    @Test
    void aWithdrawnOfferSendsTheRequestsItAnsweredToTheCoordinators() {
        UUID product = UUID.randomUUID();
        AgreementExecuted offer = DemoDistricts.executed(DemoOrganisations.HARBOR, true, Map.of(product, "Withdrawn App"));
        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
        DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());
        Map<String, Object> body = Map.of("productId", product.toString(), "productName", "Withdrawn App");
        String answered = given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(body).when().post(MAPLE_REQUESTS)
                .then().statusCode(201)
                .body("status", equalTo("OFFER_AVAILABLE"))
                .body("offerAgreementId", equalTo(offer.agreementId().toString()))
                .extract().path("id");
        // The district can adopt the offer itself: the request does not wait for the coordinators.
        assertInQueue(answered, true, false);
        assertInQueue(answered, false, true);

        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(),
                new OfferWithdrawn(offer.agreementId(), offer.vendorId(), Instant.now()));
        DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());

        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + answered)
                .then().statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("offerAgreementId", nullValue())
                .body("resolvedAt", nullValue())
                .body("history.status", equalTo(List.of("OFFER_AVAILABLE", "QUEUED")))
                .body("history[1].note", containsString(offer.agreementId().toString()));
        assertInQueue(answered, true, true);
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(body).when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("QUEUED")).body("offerAgreementId", nullValue());
    }

    @Test
    void aClosedOfferHandsItsRequestsToAnotherOpenOfferForTheProduct() {
        UUID product = UUID.randomUUID();
        AgreementExecuted first = DemoDistricts.executed(DemoOrganisations.HARBOR, true, Map.of(product, "Twice Offered"));
        AgreementExecuted second = DemoDistricts.executed(DemoOrganisations.HARBOR, true, Map.of(product, "Twice Offered"));
        for (AgreementExecuted offer : List.of(first, second)) {
            KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
            DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());
        }
        var submitted = given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(Map.of("productId", product.toString(), "productName", "Twice Offered"))
                .when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("OFFER_AVAILABLE")).extract().jsonPath();
        String requestId = submitted.getString("id");
        String answered = submitted.getString("offerAgreementId");
        AgreementExecuted closing = first.agreementId().toString().equals(answered) ? first : second;
        AgreementExecuted remaining = closing == first ? second : first;

        KafkaEvents.publish(UUID.randomUUID().toString(), closing.agreementId(),
                new OfferWithdrawn(closing.agreementId(), closing.vendorId(), Instant.now()));
        DemoDistricts.awaitAgreementEventsHandled(closing.agreementId());

        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + requestId)
                .then().statusCode(200)
                .body("status", equalTo("OFFER_AVAILABLE"))
                .body("offerAgreementId", equalTo(remaining.agreementId().toString()))
                .body("history.status", equalTo(List.of("OFFER_AVAILABLE", "OFFER_AVAILABLE")))
                .body("history[1].note", containsString(remaining.agreementId().toString()));
        assertInQueue(requestId, true, false);
    }

    @Test
    void anExpiredOfferSendsTheRequestsItAnsweredToTheCoordinators() {
        UUID product = UUID.randomUUID();
        AgreementExecuted offer = DemoDistricts.executed(DemoOrganisations.HARBOR, true, Map.of(product, "Expiring App"));
        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), offer);
        DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());
        Map<String, Object> body = Map.of("productId", product.toString(), "productName", "Expiring App");
        String answered = given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(body).when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("OFFER_AVAILABLE")).extract().path("id");

        KafkaEvents.publish(UUID.randomUUID().toString(), offer.agreementId(), new AgreementExpired(offer.agreementId(),
                DemoOrganisations.HARBOR, offer.vendorId(), LocalDate.now()));
        DemoDistricts.awaitAgreementEventsHandled(offer.agreementId());

        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/app-requests/" + answered)
                .then().statusCode(200).body("status", equalTo("QUEUED"))
                .body("history.status", equalTo(List.of("OFFER_AVAILABLE", "QUEUED")));
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType(ContentType.JSON)
                .body(body).when().post(MAPLE_REQUESTS)
                .then().statusCode(201).body("status", equalTo("QUEUED"));
    }

    /** Whether the request is in the demo consortium's queue (only what waits for it, or every request). */
    private static void assertInQueue(String requestId, boolean waitingOnly, boolean expected) {
        List<String> ids = new ArrayList<>();
        List<String> onPage;
        int page = 0;
        do {
            onPage = given().header("Authorization", Tokens.bearer("coordinator"))
                    .queryParam("open", waitingOnly).queryParam("page", page++).queryParam("size", 200)
                    .when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/app-requests")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            ids.addAll(onPage);
        } while (onPage.size() == 200);
        if (expected) {
            assertThat(ids).contains(requestId);
        } else {
            assertThat(ids).doesNotContain(requestId);
        }
    }
}
