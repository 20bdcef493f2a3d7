package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.compactdpa.e2e.AdoptionBurst.Outcome;
import org.compactdpa.e2e.AdoptionBurst.Request;
import org.compactdpa.e2e.Cooperative.Adopter;
import org.compactdpa.e2e.Cooperative.Offer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Notices on the whole platform: real signatures, adoptions and declaration changes made through the
 * services' APIs, the notices read from the inbox API and the mail from the real SMTP server; a webhook
 * endpoint of this test on loopback (the local stack allows it) receives a signed adoption after a
 * failed first attempt; and with the broker stopped and the notices service killed in the middle of a
 * burst of adoptions, every adoption still ends as exactly one notice per audience and one mail per person.
 */
@Order(40)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ADOPTED = "org.compactdpa.agreement.adopted.v1";
    private static final String BRIGHTPATH_STAFF = "brightpath-staff@demo.compactdpa.org";

    private static Platform platform;
    private static RealmUsers realm;
    private static Cooperative cooperative;
    private static Mailbox mail;
    private static HttpServer receiver;
    private static final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger answers = new AtomicInteger();

    @BeforeAll
    static void platformAndReceiver() throws Exception {
        platform = Platform.get();
        realm = new RealmUsers(platform.stack.keycloak().baseUrl());
        cooperative = new Cooperative(platform, realm);
        mail = new Mailbox(platform.stack.mail().apiUrl());
        // Opening the inbox (the portal's header does on every page) makes a person known for mail.
        for (String user : List.of("maple-signer", "maple-staff", "brightpath-staff", "brightpath-signer", "coordinator")) {
            unread(user);
        }
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/compact-hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> request = new HashMap<>();
                request.put("id", exchange.getRequestHeaders().getFirst("webhook-id"));
                request.put("timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"));
                request.put("signature", exchange.getRequestHeaders().getFirst("webhook-signature"));
                request.put("body", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                received.add(request);
            }
            exchange.sendResponseHeaders(answers.getAndIncrement() == 0 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    @Order(1)
    void whenTheVendorSignsTheDistrictSignerFindsItInTheInboxAndTheMail() {
        UUID product = cooperative.products(1).get(0);
        UUID agreement = cooperative.agreement(product);
        String signer = realm.bearer("brightpath-signer");
        String hash = given().baseUri(platform.url("signatures")).header("Authorization", signer)
                .when().get("/api/agreements/" + agreement + "/document").then().statusCode(200).extract().path("sha256");
        given().baseUri(platform.url("signatures")).header("Authorization", signer).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + agreement + "/signatures").then().statusCode(200);

        Map<String, Object> notice = awaitNotice("maple-signer", "SIGNATURE_REQUESTED", "/agreements/" + agreement);
        assertThat(String.valueOf(notice.get("title"))).startsWith("Your turn to sign: Brightpath");
        Mailbox.Mail turn = mail.waitFor("maple-signer@demo.compactdpa.org",
                m -> m.subject().startsWith("Your turn to sign") && m.text().contains("/agreements/" + agreement));
        assertThat(turn.text()).contains(platform.url("portal") + "/agreements/" + agreement);
        assertThat(notices("maple-staff", "SIGNATURE_REQUESTED")).noneMatch(n -> String.valueOf(n.get("link")).contains(agreement.toString()));
    }

    @Test
    @Order(2)
    void anAdoptionTellsTheVendorAndASubprocessorChangeTellsTheDistrictHoldingTheProduct() {
        Adopter adopter = cooperative.districts(1).get(0);
        unread(adopter.signer());
        UUID product = cooperative.products(1).get(0);
        Offer offer = cooperative.offers(List.of(product)).get(0);
        Outcome adopted = adopt(adopter, offer);
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);

        Map<String, Object> told = awaitNotice("brightpath-staff", "AGREEMENT_ADOPTED", "/agreements/" + adopted.agreementId());
        assertThat(String.valueOf(told.get("title"))).isEqualTo(adopter.name() + " adopted your general offer for "
                + productName(product));
        mail.waitFor(BRIGHTPATH_STAFF, m -> m.subject().startsWith(adopter.name() + " adopted your general offer"));

        String staff = realm.bearer("brightpath-staff");
        Map<String, Object> current = given().baseUri(platform.url("vendors")).header("Authorization", staff)
                .when().get("/api/products/" + product).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> changed = new HashMap<>();
        for (String field : List.of("name", "url", "description", "gradeBands", "categories", "securityFramework")) {
            changed.put(field, current.get(field));
        }
        changed.put("dataElements", List.of("STUDENT_NAME", "STUDENT_IN_APP_PERFORMANCE"));
        changed.put("subprocessors", List.of(Map.of("name", "Northwind Hosting", "purpose", "Hosting the product",
                "dataElements", List.of("STUDENT_NAME"), "location", "Iowa, United States")));
        given().baseUri(platform.url("vendors")).header("Authorization", staff).contentType(ContentType.JSON).body(changed)
                .when().put("/api/vendors/" + Cooperative.BRIGHTPATH + "/products/" + product).then().statusCode(200);

        Map<String, Object> change = awaitNotice(adopter.signer(), "PRODUCT_CHANGED", "/products/" + product);
        assertThat(String.valueOf(change.get("title"))).isEqualTo(productName(product) + " changed its subprocessors");
        assertThat(String.valueOf(change.get("body"))).contains("Added: Northwind Hosting.");
    }

    @Test
    @Order(3)
    void aWebhookReceivesTheAdoptionSignedAndOnceAfterAFailedFirstAttempt() throws Exception {
        String coordinator = realm.bearer("coordinator");
        JsonPath endpoint = given().baseUri(platform.url("notices")).header("Authorization", coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/compact-hook",
                        "eventTypes", List.of(ADOPTED), "description", "the consortium's tracker"))
                .when().post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");

        Adopter adopter = cooperative.districts(1).get(0);
        Offer offer = cooperative.offers(cooperative.products(1)).get(0);
        Outcome adopted = adopt(adopter, offer);
        assertThat(adopted.status()).isEqualTo(201);

        // The local stack retries 5 s after a failure.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> received.size() >= 2);
        List<Map<String, Object>> log = given().baseUri(platform.url("notices")).header("Authorization", coordinator)
                .when().get("/api/webhooks/" + endpoint.getString("id") + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat(received).hasSize(2);
        Map<String, String> delivered = received.get(1);
        assertThat(delivered.get("id")).isEqualTo(received.get(0).get("id"));
        assertThat(delivered.get("signature")).isEqualTo(standardWebhooksSignature(secret, delivered.get("id"),
                delivered.get("timestamp"), delivered.get("body")));
        JsonPath cloudEvent = JsonPath.from(delivered.get("body"));
        assertThat(cloudEvent.getString("type")).isEqualTo(ADOPTED);
        assertThat(cloudEvent.getString("data.agreementId")).isEqualTo(adopted.agreementId());
    }

    /** Last: it stops the broker and kills the notices service. */
    @Test
    @Order(4)
    void withTheBrokerStoppedAndNoticesKilledMidFlowEveryAdoptionIsToldOnceToEachAudience() throws Exception {
        List<Adopter> adopters = cooperative.districts(6);
        List<Offer> offers = cooperative.offers(cooperative.products(3));
        List<Request> requests = AdoptionBurst.everyPair(cooperative, adopters, offers);
        AdoptionBurst burst = new AdoptionBurst(platform.url("signatures"), realm).start(requests, 4);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> burst.adopted() >= 3);
        platform.stack.kafka().stop();
        List<Outcome> outcomes;
        try {
            outcomes = burst.outcomes();
        } finally {
            platform.stack.startKafka();
        }
        List<String> adoptions = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::agreementId).toList();
        assertThat(adoptions).as("adopting needs no broker").hasSize(requests.size());
        // Kill notices as soon as it has written some of the burst's notices, not all.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> vendorNotices(adoptions).size() > 0);
        int beforeKill = vendorNotices(adoptions).size();
        platform.stack.killService("notices");
        platform.stack.startService("notices");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> vendorNotices(adoptions).size() == adoptions.size());
        Map<String, Integer> perAudience = noticesPerAudience(adoptions);
        Map<String, Integer> mails = vendorMails(adoptions);
        System.out.printf("FAULT notices: adoptions=%d vendor-notices-before-kill=%d notices=%d vendor-mails=%d%n",
                adoptions.size(), beforeKill, perAudience.size(), mails.values().stream().mapToInt(Integer::intValue).sum());
        // Three audiences per adoption (the vendor, the district, the coordinators), each exactly once.
        assertThat(perAudience).hasSize(3 * adoptions.size());
        assertThat(perAudience.values()).containsOnly(1);
        // Every person of the vendor whom the service knows has exactly one mail per adoption.
        assertThat(mails.size()).as("mails to the vendor's known people").isGreaterThanOrEqualTo(2 * adoptions.size());
        assertThat(mails.size() % adoptions.size()).as("the same people for every adoption").isZero();
        assertThat(mails.values()).containsOnly(1);
    }

    private static Outcome adopt(Adopter adopter, Offer offer) {
        return new AdoptionBurst(platform.url("signatures"), realm)
                .send(new Request(adopter, offer, cooperative.exhibitHash(adopter, offer)));
    }

    private static String productName(UUID product) {
        return given().baseUri(platform.url("vendors")).when().get("/api/products/" + product)
                .then().statusCode(200).extract().path("name");
    }

    private static int unread(String user) {
        return given().baseUri(platform.url("notices")).header("Authorization", realm.bearer(user))
                .when().get("/api/notices/unread-count").then().statusCode(200).extract().path("unread");
    }

    private static List<Map<String, Object>> notices(String user, String kind) {
        return given().baseUri(platform.url("notices")).header("Authorization", realm.bearer(user))
                .queryParam("kind", kind).queryParam("size", 200)
                .when().get("/api/notices").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> awaitNotice(String user, String kind, String link) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            notices(user, kind).stream().filter(n -> link.equals(n.get("link"))).forEach(found::add);
            return !found.isEmpty();
        });
        assertThat(found).as("notices of %s linking to %s", user, link).hasSize(1);
        return found.get(0);
    }

    /** The notices written for the vendor, per adopted event's subject (the adoption's id). */
    private static Map<String, Integer> vendorNotices(List<String> adoptions) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, Integer> entry : noticesPerAudience(adoptions).entrySet()) {
            if (entry.getKey().contains("|VENDOR:")) {
                counts.put(entry.getKey(), entry.getValue());
            }
        }
        return counts;
    }

    /** Per adoption and audience, how many notices there are. */
    private static Map<String, Integer> noticesPerAudience(List<String> adoptions) throws SQLException {
        return count("select link || '|' || audience_key, count(*) from notice where event_type = ? and link = any(?)"
                + " group by 1", adoptions);
    }

    /** Per adoption and person of the vendor, how many mails. */
    private static Map<String, Integer> vendorMails(List<String> adoptions) throws SQLException {
        return count("select n.link || '|' || m.person_id, count(*) from mail_delivery m join notice n on n.id = m.notice_id"
                + " where n.event_type = ? and n.link = any(?) and n.organisation_type = 'VENDOR' group by 1", adoptions);
    }

    private static Map<String, Integer> count(String sql, List<String> adoptions) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = new Ledger(platform).connect("notices"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, ADOPTED);
            query.setArray(2, db.createArrayOf("text", adoptions.stream().map(id -> "/agreements/" + id).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The receiver's check, written from the Standard Webhooks specification, independent of the service's code. */
    private static String standardWebhooksSignature(String secret, String id, String timestamp, String body)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
