package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.e2e.AdoptionBurst.Outcome;
import org.compactdpa.e2e.AdoptionBurst.Request;
import org.compactdpa.e2e.Cooperative.Adopter;
import org.compactdpa.e2e.Cooperative.Offer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A breach on the whole platform: an offer signed by the vendor and Maple Valley and adopted by three
 * districts, all through the services' APIs; the vendor files one incident for the product and owes one
 * notice per agreement, each due 72 hours (the standard terms) after discovery; it delivers one, which its
 * district acknowledges; moving the clock past the deadline flags the three undelivered notices once, each
 * with one event; the districts are told through the notices service; nobody else sees any of it.
 */
@Order(41)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObligationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant DISCOVERED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private static Platform platform;
    private static RealmUsers realm;
    private static List<Adopter> adopters;
    private static Offer offer;
    private static final List<String> agreements = new ArrayList<>();
    private static String incident;
    private static final Map<String, String> noticeOfDistrict = new HashMap<>();

    @BeforeAll
    static void anOfferAdoptedByThreeDistricts() throws Exception {
        platform = Platform.get();
        realm = new RealmUsers(platform.stack.keycloak().baseUrl());
        Cooperative cooperative = new Cooperative(platform, realm);
        adopters = cooperative.districts(3);
        offer = cooperative.offers(cooperative.products(1)).get(0);
        agreements.add(offer.agreementId().toString());
        AdoptionBurst burst = new AdoptionBurst(platform.url("signatures"), realm);
        for (Adopter adopter : adopters) {
            Outcome adopted = burst.send(new Request(adopter, offer, cooperative.exhibitHash(adopter, offer)));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
            agreements.add(adopted.agreementId());
            // Whoever opens their inbox is known to the notices service for mail.
            given().baseUri(platform.url("notices")).header("Authorization", realm.bearer(adopter.signer()))
                    .when().get("/api/notices/unread-count").then().statusCode(200);
        }
    }

    @Test
    @Order(1)
    void oneIncidentOwesOneNoticePerAgreementEachDueByItsTermsWindow() throws Exception {
        // The obligations service learns the agreements and their terms by events.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> agreementsInForceWithTerms() == agreements.size());
        JsonPath filed = given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("discoveredAt", DISCOVERED.toString(), "summary", "A reporting export was readable without sign-in",
                        "productIds", List.of(offer.productId()), "dataElements", List.of("STUDENT_NAME"),
                        "contactName", "Bo Brightpath", "contactEmail", "security@brightpath.example.com"))
                .when().post("/api/incidents").then().statusCode(201).extract().jsonPath();
        incident = filed.getString("id");
        List<Map<String, Object>> notices = filed.getList("notices");
        assertThat(notices).extracting(n -> n.get("agreementId")).containsExactlyInAnyOrderElementsOf(agreements);
        for (Map<String, Object> notice : notices) {
            assertThat(Instant.parse((String) notice.get("deadline"))).isEqualTo(DISCOVERED.plus(72, ChronoUnit.HOURS));
            assertThat(notice.get("breachNoticeHours")).isEqualTo(72);
            noticeOfDistrict.put((String) notice.get("districtId"), (String) notice.get("id"));
        }
        // Each adopting district is told at once (a mandatory notice) and sees its own notice only.
        Adopter first = adopters.get(0);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> given().baseUri(platform.url("notices"))
                .header("Authorization", realm.bearer(first.signer())).queryParam("kind", "BREACH")
                .when().get("/api/notices").then().statusCode(200).extract().jsonPath().getList("items").size() == 1);
        JsonPath seen = given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer(first.signer()))
                .when().get("/api/incidents/" + incident).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getList("notices.districtId")).containsExactly(first.districtId().toString());
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer(first.signer()))
                .when().get("/api/breach-notices/" + noticeOfDistrict.get(adopters.get(1).districtId().toString()))
                .then().statusCode(404);
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer("quillstone-staff"))
                .when().get("/api/incidents/" + incident).then().statusCode(404);
    }

    @Test
    @Order(2)
    void theDistrictAcknowledgesTheNoticeDeliveredToIt() {
        Adopter first = adopters.get(0);
        String notice = noticeOfDistrict.get(first.districtId().toString());
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("whatHappened", "A reporting export was readable without sign-in for two hours",
                        "dataAffected", "Student names", "remediation", "The export now requires sign-in; access logs reviewed",
                        "contact", "security@brightpath.example.com"))
                .when().post("/api/breach-notices/" + notice + "/delivery").then().statusCode(200).body("status", equalTo("DELIVERED"));
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer(first.signer()))
                .when().post("/api/breach-notices/" + notice + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    @Order(3)
    void pastTheDeadlineTheUndeliveredNoticesAreFlaggedOnceEachWithOneEvent() throws Exception {
        String admin = realm.bearer("admin");
        JsonPath run = given().baseUri(platform.url("obligations")).header("Authorization", admin)
                .queryParam("asOf", DISCOVERED.plus(73, ChronoUnit.HOURS).toString())
                .when().post("/api/admin/obligations/clock").then().statusCode(200).extract().jsonPath();
        assertThat(run.getInt("breachNotices")).as("the three notices not delivered").isEqualTo(3);
        given().baseUri(platform.url("obligations")).header("Authorization", admin)
                .queryParam("asOf", DISCOVERED.plus(80, ChronoUnit.HOURS).toString())
                .when().post("/api/admin/obligations/clock").then().statusCode(200).body("breachNotices", equalTo(0));
        assertThat(overdueEvents()).as("one breach.notice-overdue per undelivered notice").isEqualTo(3);
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer(adopters.get(0).signer()))
                .when().get("/api/breach-notices/" + noticeOfDistrict.get(adopters.get(0).districtId().toString()))
                .then().statusCode(200).body("overdue", equalTo(false));
        Adopter late = adopters.get(1);
        given().baseUri(platform.url("obligations")).header("Authorization", realm.bearer(late.signer()))
                .when().get("/api/breach-notices/" + noticeOfDistrict.get(late.districtId().toString()))
                .then().statusCode(200).body("overdue", equalTo(true));
        // The notices service tells the district of the overdue notice too.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> given().baseUri(platform.url("notices"))
                .header("Authorization", realm.bearer(late.signer())).queryParam("kind", "BREACH")
                .when().get("/api/notices").then().statusCode(200).extract().jsonPath().getList("items.title", String.class)
                .contains("A breach notice is overdue"));
    }

    private static int agreementsInForceWithTerms() throws SQLException {
        return count("select count(*) from known_agreement a left join known_agreement o on o.id = a.origin_id"
                + " join known_terms t on t.content_hash = coalesce(a.terms_hash, o.terms_hash)"
                + " where a.status in ('EXECUTED', 'ADOPTED') and a.id::text = any(?)", agreements);
    }

    private static int overdueEvents() throws SQLException {
        return count("select count(*) from outbox_event where event_type = 'org.compactdpa.breach.notice-overdue.v1'"
                + " and aggregate_id = any(?)", List.of(incident));
    }

    private static int count(String sql, List<String> values) throws SQLException {
        try (Connection db = new Ledger(platform).connect("obligations"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("text", values.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
