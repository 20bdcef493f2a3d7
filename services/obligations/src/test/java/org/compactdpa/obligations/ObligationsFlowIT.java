package org.compactdpa.obligations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The duties after signing against the real components: agreements and terms arrive on the real Kafka
 * topics; a breach fans out one notice per agreement with that agreement's window (72 h for Maple's
 * agreement and Harbor Point's adoption of it, 48 h for Granite's); moving the clock past a deadline flags
 * the undelivered notice once, with its event on the topic once; a disposition on an expired adoption is
 * requested, attested with the request's hash and accepted; an audit waits its business days of notice.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObligationsFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WINDOW_72 = "7".repeat(64);
    private static final String WINDOW_48 = "4".repeat(64);
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID OFFER = UUID.randomUUID();
    private static final UUID ADOPTION = UUID.randomUUID();
    private static final UUID GRANITE_AGREEMENT = UUID.randomUUID();
    private static final Instant DISCOVERED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private static boolean prepared;
    private static String incident;
    private static final Map<UUID, String> noticeOf = new HashMap<>();

    @BeforeEach
    void agreementsAndTerms() {
        if (prepared) {
            return;
        }
        prepared = true;
        terms(WINDOW_72, 72, 60, 10);
        terms(WINDOW_48, 48, 30, 5);
        List<AgreementProduct> products = List.of(new AgreementProduct(PRODUCT, "Brightpath Reader"));
        agreement(OFFER, DemoOrganisations.MAPLE, WINDOW_72, products);
        KafkaEvents.publish(UUID.randomUUID().toString(), ADOPTION, new AgreementAdopted(ADOPTION, OFFER,
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning", DemoOrganisations.HARBOR, DemoOrganisations.CONSORTIUM, "MN",
                products, LocalDate.now(), LocalDate.now().plusYears(3), Instant.now()));
        agreement(GRANITE_AGREEMENT, DemoOrganisations.GRANITE, WINDOW_48, products);
    }

    @Test
    @Order(1)
    void oneBreachOwesOneNoticePerAgreementEachWithItsOwnDeadline() {
        Map<String, Object> input = Map.of("discoveredAt", DISCOVERED.toString(), "summary", "A misconfigured export bucket",
                "productIds", List.of(PRODUCT), "dataElements", List.of("STUDENT_NAME"), "contactName", "Bo Brightpath",
                "contactEmail", "security@brightpath.example", "actionsTaken", "Bucket closed, keys rotated");
        // The agreements arrive by events: filing waits until all three are known.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> agreementsKnown() == 3);
        JsonPath filed = given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType("application/json")
                .body(input).when().post("/api/incidents").then().statusCode(201).extract().jsonPath();
        incident = filed.getString("id");
        List<Map<String, Object>> notices = filed.getList("notices");
        assertThat(notices).hasSize(3);
        for (Map<String, Object> notice : notices) {
            noticeOf.put(UUID.fromString((String) notice.get("districtId")), (String) notice.get("id"));
        }
        assertThat(deadline(notices, DemoOrganisations.MAPLE)).isEqualTo(DISCOVERED.plus(72, ChronoUnit.HOURS));
        assertThat(deadline(notices, DemoOrganisations.HARBOR)).as("an adoption carries its original's window")
                .isEqualTo(DISCOVERED.plus(72, ChronoUnit.HOURS));
        assertThat(deadline(notices, DemoOrganisations.GRANITE)).isEqualTo(DISCOVERED.plus(48, ChronoUnit.HOURS));
        assertThat(KafkaEvents.await(Topics.OBLIGATIONS, e -> e.key().equals(incident)
                && e.type().equals("org.compactdpa.breach.reported.v1"), WAIT)).hasSize(1);
    }

    @Test
    @Order(2)
    void theVendorDeliversTheDistrictAcknowledgesAndNobodyElseSeesIt() {
        String maple = noticeOf.get(DemoOrganisations.MAPLE);
        given().header("Authorization", Tokens.bearer("maple-staff")).when().post("/api/breach-notices/" + maple + "/acknowledgement")
                .then().statusCode(409);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType("application/json")
                .body(Map.of("whatHappened", "An export bucket was public for 3 hours", "dataAffected", "Student names",
                        "remediation", "Closed; access logs reviewed", "contact", "security@brightpath.example"))
                .when().post("/api/breach-notices/" + maple + "/delivery")
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("late", equalTo(false));
        given().header("Authorization", Tokens.bearer("maple-staff")).when().post("/api/breach-notices/" + maple + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("text", "Were grades affected?")).when().post("/api/breach-notices/" + maple + "/messages")
                .then().statusCode(201).body("party", equalTo("DISTRICT"));

        // Harbor Point sees the incident with its own notice only; another vendor and another district see nothing.
        JsonPath harbor = given().header("Authorization", Tokens.bearer("harbor-staff")).when().get("/api/incidents/" + incident)
                .then().statusCode(200).extract().jsonPath();
        assertThat(harbor.getList("notices.districtId")).containsExactly(DemoOrganisations.HARBOR.toString());
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().get("/api/breach-notices/" + maple)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().get("/api/breach-notices/" + maple + "/messages")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("quillstone-staff")).when().get("/api/incidents/" + incident)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("quillstone-staff")).contentType("application/json")
                .body(Map.of("whatHappened", "x", "dataAffected", "x", "remediation", "x", "contact", "x"))
                .when().post("/api/breach-notices/" + maple + "/delivery").then().statusCode(404);
        given().when().get("/api/incidents/" + incident).then().statusCode(401);
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/incidents")
                .then().statusCode(200).body("total", equalTo(1));
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/incidents/" + incident)
                .then().statusCode(200).body("notices.size()", equalTo(3));
        JsonPath trail = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get("/api/obligations/" + incident + "/evidence").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getBoolean("intact")).isTrue();
        assertThat(trail.getList("entries.kind")).containsExactly("REPORTED", "NOTICE_DELIVERED", "NOTICE_ACKNOWLEDGED", "MESSAGE");
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/obligations/" + incident + "/evidence")
                .then().statusCode(404);
    }

    @Test
    @Order(3)
    void movingTheClockPastADeadlineFlagsTheUndeliveredNoticeOnceWithOneEvent() {
        String granite = noticeOf.get(DemoOrganisations.GRANITE);
        JsonPath first = given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("asOf", DISCOVERED.plus(49, ChronoUnit.HOURS).toString())
                .when().post("/api/admin/obligations/clock").then().statusCode(200).extract().jsonPath();
        assertThat(first.getBoolean("ran")).isTrue();
        assertThat(first.getInt("breachNotices")).isEqualTo(1);
        JsonPath again = given().header("Authorization", Tokens.bearer("admin"))
                .queryParam("asOf", DISCOVERED.plus(50, ChronoUnit.HOURS).toString())
                .when().post("/api/admin/obligations/clock").then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("breachNotices")).isZero();
        given().header("Authorization", Tokens.bearer("granite-staff")).when().get("/api/breach-notices/" + granite)
                .then().statusCode(200).body("overdue", equalTo(true)).body("status", equalTo("DUE"));
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().get("/api/breach-notices/" + noticeOf.get(DemoOrganisations.HARBOR))
                .then().statusCode(200).body("overdue", equalTo(false));
        await().atMost(WAIT).until(() -> overdueEvents(granite) >= 1);
        assertThat(KafkaEvents.readAll(Topics.OBLIGATIONS, Duration.ofSeconds(2)).stream()
                .filter(e -> e.type().equals("org.compactdpa.breach.notice-overdue.v1")).count()).isEqualTo(1);
        given().header("Authorization", Tokens.bearer("coordinator")).queryParam("overdue", true)
                .when().get("/api/breach-notices").then().statusCode(200).body("total", equalTo(1));
        // The dashboards: the vendor owes one overdue and one due notice, Granite is owed the overdue one,
        // Maple (acknowledged) nothing; the consortium's coordinators see all three districts.
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get("/api/obligations/dashboard")
                .then().statusCode(200).body("openIncidents", equalTo(1)).body("noticesOverdue", equalTo(1))
                .body("noticesDue", equalTo(1));
        given().header("Authorization", Tokens.bearer("granite-staff")).when().get("/api/obligations/dashboard")
                .then().statusCode(200).body("noticesOverdue", equalTo(1)).body("noticesDue", equalTo(0));
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/obligations/dashboard")
                .then().statusCode(200).body("noticesOverdue", equalTo(0)).body("noticesDue", equalTo(0))
                .body("openIncidents", equalTo(1));
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/obligations/dashboard")
                .then().statusCode(200).body("noticesOverdue", equalTo(1)).body("noticesDue", equalTo(1));
        given().header("Authorization", Tokens.bearer("quillstone-staff")).when().get("/api/obligations/dashboard")
                .then().statusCode(200).body("openIncidents", equalTo(0)).body("noticesOverdue", equalTo(0));
    }

    @Test
    @Order(4)
    void aDispositionOfAnExpiredAdoptionIsOfferedRequestedAttestedAndAccepted() {
        KafkaEvents.publish(UUID.randomUUID().toString(), ADOPTION, new AgreementExpired(ADOPTION, DemoOrganisations.HARBOR,
                DemoOrganisations.BRIGHTPATH, LocalDate.now()));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> given()
                .header("Authorization", Tokens.bearer("harbor-staff")).queryParam("status", "OFFERED")
                .get("/api/dispositions").then().extract().jsonPath().getInt("total") == 1);
        Instant before = Instant.now();
        JsonPath requested = given().header("Authorization", Tokens.bearer("harbor-staff")).contentType("application/json")
                .body(Map.of("agreementId", ADOPTION, "action", "DESTROY", "note", "All student records"))
                .when().post("/api/dispositions").then().statusCode(201).extract().jsonPath();
        String id = requested.getString("id");
        assertThat(requested.getString("status")).isEqualTo("REQUESTED");
        assertThat(requested.getInt("dispositionDays")).isEqualTo(60);
        assertThat(Instant.parse(requested.getString("deadline"))).isBetween(before.plus(60, ChronoUnit.DAYS),
                Instant.now().plus(60, ChronoUnit.DAYS));
        given().header("Authorization", Tokens.bearer("harbor-staff")).contentType("application/json")
                .body(Map.of("agreementId", ADOPTION, "action", "RETURN")).when().post("/api/dispositions").then().statusCode(409);

        Map<String, Object> attestation = new HashMap<>(Map.of("method", "Secure deletion (NIST 800-88 purge)",
                "completedOn", LocalDate.now(ZoneOffset.UTC).toString(), "disposed", "Every record of Harbor Point's students",
                "intent", true, "consentToElectronicRecords", true, "requestSha256", "0".repeat(64)));
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType("application/json").body(attestation)
                .when().post("/api/dispositions/" + id + "/attestation").then().statusCode(422);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType("application/json").body(attestation)
                .when().post("/api/dispositions/" + id + "/attestation").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/dispositions/" + id).then().statusCode(404);
        attestation.put("requestSha256", requested.getString("requestSha256"));
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType("application/json").body(attestation)
                .when().post("/api/dispositions/" + id + "/attestation").then().statusCode(200).body("status", equalTo("ATTESTED"));
        given().header("Authorization", Tokens.bearer("harbor-staff")).when().post("/api/dispositions/" + id + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        JsonPath trail = given().header("Authorization", Tokens.bearer("harbor-staff"))
                .when().get("/api/obligations/" + id + "/evidence").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("entries.kind")).containsExactly("OFFERED", "REQUESTED", "ATTESTED", "ACCEPTED");
        assertThat(trail.getBoolean("intact")).isTrue();
    }

    @Test
    @Order(5)
    void anAuditWaitsItsBusinessDaysOfNoticeAndIsClosedWithItsOutcome() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("agreementId", OFFER, "scope", "Access controls", "proposedStart", today.plusDays(3).toString(),
                        "proposedEnd", today.plusDays(5).toString()))
                .when().post("/api/audits").then().statusCode(422).contentType("application/problem+json");
        JsonPath audit = given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("agreementId", OFFER, "scope", "Access controls", "proposedStart", today.plusDays(30).toString(),
                        "proposedEnd", today.plusDays(32).toString()))
                .when().post("/api/audits").then().statusCode(201).extract().jsonPath();
        String id = audit.getString("id");
        LocalDate earliest = LocalDate.parse(audit.getString("earliestStart"));
        assertThat(earliest).isAfterOrEqualTo(today.plusDays(14)).isBefore(today.plusDays(30));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType("application/json")
                .body(Map.of("start", earliest.minusDays(1).toString(), "end", earliest.plusDays(1).toString()))
                .when().post("/api/audits/" + id + "/reschedule").then().statusCode(422);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType("application/json")
                .body(Map.of("start", today.plusDays(40).toString(), "end", today.plusDays(41).toString()))
                .when().post("/api/audits/" + id + "/reschedule").then().statusCode(200).body("status", equalTo("RESCHEDULE_PROPOSED"));
        given().header("Authorization", Tokens.bearer("maple-staff")).when().post("/api/audits/" + id + "/dates-accepted")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("start", equalTo(today.plusDays(40).toString()));
        given().header("Authorization", Tokens.bearer("granite-staff")).when().get("/api/audits/" + id).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("findings", "Two admin accounts without MFA", "remediation",
                        List.of(Map.of("item", "Enforce MFA for administrators", "dueOn", today.plusDays(60).toString()))))
                .when().post("/api/audits/" + id + "/outcome").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("remediation.size()", equalTo(1));
    }

    private static long overdueEvents(String notice) {
        return KafkaEvents.readAll(Topics.OBLIGATIONS, Duration.ofMillis(500)).stream()
                .filter(e -> e.type().equals("org.compactdpa.breach.notice-overdue.v1")).count();
    }

    private static Instant deadline(List<Map<String, Object>> notices, UUID district) {
        return notices.stream().filter(n -> district.toString().equals(n.get("districtId")))
                .map(n -> Instant.parse((String) n.get("deadline"))).findFirst().orElseThrow();
    }

    /** How many agreements in force the service knows with their terms (it learns them by events). */
    private static int agreementsKnown() {
        try (var db = java.sql.DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                org.compactdpa.local.PostgresServer.APP_USER, org.compactdpa.local.PostgresServer.APP_PASSWORD);
             var query = db.prepareStatement("select count(*) from known_agreement a join known_terms t"
                     + " on t.content_hash = coalesce(a.terms_hash, (select o.terms_hash from known_agreement o where o.id = a.origin_id))"
                     + " where a.status in ('EXECUTED', 'ADOPTED')");
             var rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void terms(String hash, int breachHours, int dispositionDays, int auditDays) {
        KafkaEvents.send(UUID.randomUUID().toString(), UUID.randomUUID().toString(), TermsAgreed.class, "{\"termsId\":\""
                + UUID.randomUUID() + "\",\"contentHash\":\"" + hash + "\",\"breachNoticeHours\":" + breachHours
                + ",\"dispositionDays\":" + dispositionDays + ",\"auditNoticeBusinessDays\":" + auditDays
                + ",\"vendorId\":\"" + DemoOrganisations.BRIGHTPATH + "\",\"consortiumId\":\"" + DemoOrganisations.CONSORTIUM + "\"}");
    }

    private static void agreement(UUID id, UUID district, String termsHash, List<AgreementProduct> products) {
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new AgreementCreated(id, DemoOrganisations.BRIGHTPATH,
                "Brightpath Learning", district, DemoOrganisations.CONSORTIUM, "MN", products, true, termsHash, Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new AgreementExecuted(id, DemoOrganisations.BRIGHTPATH,
                "Brightpath Learning", district, DemoOrganisations.CONSORTIUM, "MN", products, true, LocalDate.now(),
                LocalDate.now().plusYears(3), Instant.now()));
    }
}
