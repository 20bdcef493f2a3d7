package org.compactdpa.notices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpiring;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.AgreementSigned;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.events.SubprocessorsChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.notices.webhooks.WebhookSignature;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestMail;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Events in, notices out, against the real components: the events arrive on the real Kafka topics as
 * their producers publish them, the inbox is read through the API with real Keycloak tokens, mail is read
 * back from the real SMTP server, and a webhook endpoint is a small HTTP server of this test on loopback.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = NoticesTestResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticesFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID OFFER = UUID.randomUUID();
    private static final String MAPLE_SIGNER = "maple-signer@demo.compactdpa.org";
    private static final String MAPLE_STAFF = "maple-staff@demo.compactdpa.org";
    private static final String HARBOR_STAFF = "harbor-staff@demo.compactdpa.org";

    private static HttpServer receiver;
    private static final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger answers = new AtomicInteger();

    private static boolean prepared;

    /** Once, with the application running (REST Assured knows its port only then). */
    @BeforeEach
    void organisationsAndPeople() throws IOException {
        if (prepared) {
            return;
        }
        prepared = true;
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.CONSORTIUM, new ConsortiumCreated(
                DemoOrganisations.CONSORTIUM, "Lakes Cooperative", List.of("MN"), Instant.now()));
        for (var district : Map.of(DemoOrganisations.MAPLE, "Maple Unified", DemoOrganisations.HARBOR, "Harbor Point").entrySet()) {
            KafkaEvents.publish(UUID.randomUUID().toString(), district.getKey(), new DistrictRegistered(district.getKey(),
                    district.getValue(), "MN", null, Instant.now()));
            KafkaEvents.publish(UUID.randomUUID().toString(), district.getKey(), new DistrictJoinedConsortium(
                    district.getKey(), DemoOrganisations.CONSORTIUM, "MN", Instant.now()));
        }
        KafkaEvents.publish(UUID.randomUUID().toString(), DemoOrganisations.BRIGHTPATH, new VendorRegistered(
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning", null, "https://brightpath.example", Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), PRODUCT, new ProductRegistered(PRODUCT, DemoOrganisations.BRIGHTPATH,
                "Brightpath Reader", "https://brightpath.example/reader", List.of(DataElement.STUDENT_NAME), null,
                SecurityFramework.values()[0], List.of(), 1, Instant.now()));
        // Names arrive on other topics than the agreements: wait until they are known, as they long are in life.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> knownNames() == 5);
        // Whoever opens their inbox is known from then on, and mail reaches them.
        for (String user : List.of("maple-signer", "maple-staff", "harbor-staff", "brightpath-staff", "coordinator")) {
            given().header("Authorization", Tokens.bearer(user)).when().get("/api/notices/unread-count").then().statusCode(200);
        }
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(Map.of("id", exchange.getRequestHeaders().getFirst("webhook-id"),
                        "timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        "signature", exchange.getRequestHeaders().getFirst("webhook-signature"), "body", body));
            }
            // The first delivery fails as a broken integrator's would; the retry is taken.
            int status = answers.getAndIncrement() == 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
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
    void whenTheVendorSignsTheDistrictsSignersAreToldItIsTheirTurn() {
        KafkaEvents.publish(UUID.randomUUID().toString(), OFFER, new AgreementCreated(OFFER, DemoOrganisations.BRIGHTPATH,
                "Brightpath Learning", DemoOrganisations.MAPLE, DemoOrganisations.CONSORTIUM, "MN",
                List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")), true, "a".repeat(64), Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), OFFER, new AgreementSigned(OFFER, "VENDOR",
                DemoOrganisations.BRIGHTPATH, "Bo Brightpath", "b".repeat(64), Instant.now()));

        JsonPath notice = awaitNotice("maple-signer", "SIGNATURE_REQUESTED");
        assertThat(notice.getString("title")).isEqualTo("Your turn to sign: Brightpath Learning signed the agreement for Brightpath Reader");
        assertThat(notice.getString("link")).isEqualTo("/agreements/" + OFFER);
        assertThat(notice.getBoolean("read")).isFalse();
        // Addressed to the district's signers: staff without the role and the vendor do not see it.
        assertThat(notices("maple-staff", "SIGNATURE_REQUESTED")).isEmpty();
        assertThat(notices("brightpath-staff", "SIGNATURE_REQUESTED")).isEmpty();

        TestMail.Message mail = TestMail.get().awaitMessage(MAPLE_SIGNER, m -> m.subject().startsWith("Your turn to sign"), WAIT);
        assertThat(mail.text()).contains("Bo Brightpath signed for Brightpath Learning")
                .contains("http://127.0.0.1:8080/agreements/" + OFFER);
        assertThat(TestMail.get().messages(MAPLE_STAFF)).noneMatch(m -> m.subject().startsWith("Your turn to sign"));
    }

    @Test
    @Order(2)
    void whenADistrictAdoptsTheVendorsPeopleAreTold() {
        KafkaEvents.publish(UUID.randomUUID().toString(), OFFER, new AgreementExecuted(OFFER, DemoOrganisations.BRIGHTPATH,
                "Brightpath Learning", DemoOrganisations.MAPLE, DemoOrganisations.CONSORTIUM, "MN",
                List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")), true, LocalDate.now(), LocalDate.now().plusYears(3),
                Instant.now()));
        UUID adoption = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), adoption, new AgreementAdopted(adoption, OFFER,
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning", DemoOrganisations.HARBOR, DemoOrganisations.CONSORTIUM,
                "MN", List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")), LocalDate.now(), LocalDate.now().plusYears(3),
                Instant.now()));

        JsonPath notice = awaitNotice("brightpath-staff", "AGREEMENT_ADOPTED");
        assertThat(notice.getString("title")).isEqualTo("Harbor Point adopted your general offer for Brightpath Reader");
        assertThat(awaitNotice("harbor-staff", "AGREEMENT_ADOPTED").getString("title"))
                .isEqualTo("Harbor Point adopted Brightpath Learning's general offer for Brightpath Reader");
        assertThat(awaitNotice("coordinator", "AGREEMENT_ADOPTED").getString("title")).startsWith("Harbor Point adopted");
        assertThat(notices("maple-staff", "AGREEMENT_ADOPTED")).isEmpty();
    }

    @Test
    @Order(3)
    void aChangeOfSubprocessorsReachesEveryDistrictHoldingTheProductWithWhatChanged() {
        KafkaEvents.publish(UUID.randomUUID().toString(), PRODUCT, new SubprocessorsChanged(PRODUCT, DemoOrganisations.BRIGHTPATH, 2,
                List.of(new Subprocessor("Northwind Hosting", "hosting", List.of(DataElement.STUDENT_NAME), "US")),
                List.of("Northwind Hosting"), List.of("Old Analytics"), List.of(), Instant.now()));

        for (String user : List.of("harbor-staff", "maple-staff")) {
            JsonPath notice = awaitNotice(user, "PRODUCT_CHANGED");
            assertThat(notice.getString("title")).isEqualTo("Brightpath Reader changed its subprocessors");
            assertThat(notice.getString("body")).contains("Added: Northwind Hosting.").contains("Removed: Old Analytics.");
        }
        assertThat(TestMail.get().awaitMessage(HARBOR_STAFF, m -> m.subject().contains("changed its subprocessors"), WAIT).text())
                .contains("Added: Northwind Hosting.");
        assertThat(notices("brightpath-staff", "PRODUCT_CHANGED")).isEmpty();
    }

    @Test
    @Order(4)
    void aWebhookDeliveryThatFirstFailsArrivesOnRetryOnceAndSigned() {
        int port = receiver.getAddress().getPort();
        JsonPath endpoint = given().header("Authorization", Tokens.bearer("coordinator")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + port + "/hook",
                        "eventTypes", List.of("org.compactdpa.agreement.adopted.v1"), "description", "tracker"))
                .when().post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");
        assertThat(secret).startsWith("whsec_");
        String endpointId = endpoint.getString("id");
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/webhooks/" + endpointId)
                .then().statusCode(200).body("secret", equalTo(null)).body("status", equalTo("ACTIVE"));

        UUID adoption = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), adoption, new AgreementAdopted(adoption, OFFER,
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning", DemoOrganisations.MAPLE, DemoOrganisations.CONSORTIUM,
                "MN", List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")), LocalDate.now(), LocalDate.now().plusYears(3),
                Instant.now()));

        await().atMost(WAIT).until(() -> received.size() >= 2);
        // Long enough for a third attempt, had the second not counted as delivered.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).get("id")).isEqualTo(received.get(1).get("id"));
        Map<String, String> delivered = received.get(1);
        assertThat(delivered.get("signature")).isEqualTo(WebhookSignature.sign(secret, delivered.get("id"),
                Long.parseLong(delivered.get("timestamp")), delivered.get("body")));
        JsonPath cloudEvent = new JsonPath(delivered.get("body"));
        assertThat(cloudEvent.getString("type")).isEqualTo("org.compactdpa.agreement.adopted.v1");
        assertThat(cloudEvent.getString("specversion")).isEqualTo("1.0");
        assertThat(cloudEvent.getString("data.agreementId")).isEqualTo(adoption.toString());

        JsonPath log = given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/webhooks/" + endpointId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
        assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(204);

        // Replayed on request: the same webhook-id once more.
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/webhooks/" + endpointId + "/deliveries/" + log.getString("items[0].id") + "/replay")
                .then().statusCode(202);
        await().atMost(WAIT).until(() -> received.size() == 3);
        assertThat(received.get(2).get("id")).isEqualTo(delivered.get("id"));

        // Another organisation's administrators do not see it.
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/webhooks/" + endpointId)
                .then().statusCode(403);
    }

    @Test
    @Order(5)
    void webhookAddressesOutsideThePublicInternetAreRefusedEvenWhereLoopbackIsAllowed() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/hook", "http://[fd00::1]/hook",
                "http://192.168.1.1/", "ftp://127.0.0.1/hook")) {
            given().header("Authorization", Tokens.bearer("coordinator")).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of("org.compactdpa.agreement.adopted.v1")))
                    .when().post("/api/webhooks")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer("coordinator")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("org.compactdpa.no-such.v1")))
                .when().post("/api/webhooks")
                .then().statusCode(422);
    }

    @Test
    @Order(6)
    void anEventDeliveredTwiceWritesOneNoticeAndOneMail() {
        String id = UUID.randomUUID().toString();
        AgreementExpiring expiring = new AgreementExpiring(OFFER, DemoOrganisations.MAPLE, DemoOrganisations.BRIGHTPATH,
                LocalDate.now().plusDays(30), 30);
        KafkaEvents.publish(id, OFFER, expiring);
        KafkaEvents.publish(id, OFFER, expiring);
        awaitNotice("maple-signer", "AGREEMENT_EXPIRING");
        TestMail.get().awaitMessage(MAPLE_SIGNER, m -> m.subject().contains("expires in 30 days"), WAIT);
        KafkaEvents.publish(UUID.randomUUID().toString(), OFFER, new AgreementExpiring(OFFER, DemoOrganisations.MAPLE,
                DemoOrganisations.BRIGHTPATH, LocalDate.now().plusDays(7), 7));
        TestMail.get().awaitMessage(MAPLE_SIGNER, m -> m.subject().contains("expires in 7 days"), WAIT);
        assertThat(notices("maple-signer", "AGREEMENT_EXPIRING")).hasSize(2);
        assertThat(TestMail.get().messages(MAPLE_SIGNER)).filteredOn(m -> m.subject().contains("expires in 30 days")).hasSize(1);
    }

    @Test
    @Order(7)
    void preferencesDecideTheMailButNeverTheInboxAndMandatoryKindsStayOn() {
        given().header("Authorization", Tokens.bearer("harbor-staff")).contentType("application/json")
                .body(Map.of("delivery", "DAILY_DIGEST")).when().put("/api/notice-preferences/PRODUCT_CHANGED")
                .then().statusCode(200).body("delivery", equalTo("DAILY_DIGEST"));
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("delivery", "OFF")).when().put("/api/notice-preferences/PRODUCT_CHANGED")
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("maple-staff")).contentType("application/json")
                .body(Map.of("delivery", "OFF")).when().put("/api/notice-preferences/BREACH")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/notice-preferences")
                .then().statusCode(200).extract().jsonPath().getList("items", Map.class).forEach(item -> {
                    if (item.get("kind").equals("BREACH")) {
                        assertThat(item.get("delivery")).isEqualTo("IMMEDIATE");
                        assertThat(item.get("mandatory")).isEqualTo(true);
                    }
                    if (item.get("kind").equals("PRODUCT_CHANGED")) {
                        assertThat(item.get("delivery")).isEqualTo("OFF");
                    }
                });

        KafkaEvents.publish(UUID.randomUUID().toString(), PRODUCT, new ProductDeclarationChanged(PRODUCT,
                DemoOrganisations.BRIGHTPATH, "Brightpath Reader", 3, List.of(DataElement.STUDENT_NAME, DataElement.values()[1]),
                null, List.of(DataElement.values()[1]), List.of(), false, List.of(), List.of(), List.of(), Instant.now()));
        awaitNotice("maple-staff", "PRODUCT_CHANGED", "changed the student data it collects");
        awaitNotice("harbor-staff", "PRODUCT_CHANGED", "changed the student data it collects");
        // The digest collects it for harbor-staff; maple-staff gets no mail of it at all.
        JsonPath digest = given().header("Authorization", Tokens.bearer("admin")).when().post("/api/admin/mail/digest")
                .then().statusCode(200).extract().jsonPath();
        assertThat(digest.getInt("notices")).isGreaterThanOrEqualTo(1);
        TestMail.Message mail = TestMail.get().awaitMessage(HARBOR_STAFF, m -> m.subject().startsWith("Your notices on Compact"), WAIT);
        assertThat(mail.text()).contains("changed the student data it collects");
        assertThat(TestMail.get().messages(MAPLE_STAFF)).noneMatch(m -> m.subject().contains("changed the student data"));
        assertThat(TestMail.get().messages(HARBOR_STAFF)).noneMatch(m -> m.subject().contains("changed the student data"));
    }

    @Test
    @Order(8)
    void readStateIsEachPersonsOwnAndNoticesOfOthersAreInvisible() {
        String id = awaitNotice("maple-signer", "SIGNATURE_REQUESTED").getString("id");
        int before = unread("maple-signer");
        given().header("Authorization", Tokens.bearer("maple-signer")).when().post("/api/notices/" + id + "/read")
                .then().statusCode(204);
        assertThat(unread("maple-signer")).isEqualTo(before - 1);
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/notices/" + id)
                .then().statusCode(200).body("read", equalTo(true));
        // A vendor, or a colleague without the role, cannot read or mark it.
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get("/api/notices/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().post("/api/notices/" + id + "/read")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("maple-staff")).when().get("/api/notices/" + id)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("maple-signer")).when().post("/api/notices/read-all").then().statusCode(204);
        assertThat(unread("maple-signer")).isZero();
        given().header("Authorization", Tokens.bearer("maple-signer")).when().post("/api/notices/" + id + "/unread")
                .then().statusCode(204);
        assertThat(unread("maple-signer")).isEqualTo(1);
        given().header("Authorization", Tokens.bearer("maple-signer")).queryParam("unread", true)
                .when().get("/api/notices").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    /** The organisations and products the service has learned (the three organisations, the consortium, the product). */
    private static int knownNames() {
        try (var db = java.sql.DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                org.compactdpa.local.PostgresServer.APP_USER, org.compactdpa.local.PostgresServer.APP_PASSWORD);
             var rows = db.createStatement().executeQuery("select (select count(*) from known_organisation)"
                     + " + (select count(*) from known_product)")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(9)
    void anEndpointThatKeepsFailingIsDisabledItsAdministratorsToldAndItCanBeEnabledAgain() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String endpoint = given().header("Authorization", Tokens.bearer("coordinator")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + closed + "/gone", "eventTypes", List.of("org.compactdpa.agreement.adopted.v1")))
                .when().post("/api/webhooks").then().statusCode(201).extract().path("id");
        UUID adoption = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), adoption, new AgreementAdopted(adoption, OFFER,
                DemoOrganisations.BRIGHTPATH, "Brightpath Learning", DemoOrganisations.GRANITE, DemoOrganisations.CONSORTIUM,
                "MN", List.of(new AgreementProduct(PRODUCT, "Brightpath Reader")), LocalDate.now(), LocalDate.now().plusYears(3),
                Instant.now()));
        // Refused connections on every attempt; the test's window of failure before disabling is 2 s.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> "DISABLED".equals(given()
                .header("Authorization", Tokens.bearer("coordinator")).when().get("/api/webhooks/" + endpoint)
                .then().statusCode(200).extract().path("status")));
        JsonPath told = awaitNotice("coordinator", "WEBHOOK_DISABLED");
        assertThat(told.getString("link")).isEqualTo("/webhooks/" + endpoint);
        List<Map<String, Object>> log = given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/webhooks/" + endpoint + "/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(log).singleElement().satisfies(delivery -> {
            assertThat((Integer) delivery.get("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(String.valueOf(delivery.get("lastError"))).isNotBlank();
            assertThat(delivery.get("status")).isNotEqualTo("DELIVERED");
        });
        given().header("Authorization", Tokens.bearer("coordinator")).when().post("/api/webhooks/" + endpoint + "/enable")
                .then().statusCode(204);
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/webhooks/" + endpoint)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("disabledAt", equalTo(null));
        // The endpoint of test 4 kept answering: it was never disabled.
        assertThat(given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/webhooks")
                .then().statusCode(200).extract().jsonPath().getList("items.status")).containsOnly("ACTIVE");
    }

    private static int unread(String user) {
        return given().header("Authorization", Tokens.bearer(user)).when().get("/api/notices/unread-count")
                .then().statusCode(200).extract().jsonPath().getInt("unread");
    }

    private static List<Map<String, Object>> notices(String user, String kind) {
        return given().header("Authorization", Tokens.bearer(user)).queryParam("kind", kind).queryParam("size", 200)
                .when().get("/api/notices").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static JsonPath awaitNotice(String user, String kind) {
        return awaitNotice(user, kind, "");
    }

    private static JsonPath awaitNotice(String user, String kind, String titlePart) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> notices(user, kind).stream()
                .anyMatch(notice -> String.valueOf(notice.get("title")).contains(titlePart)));
        Map<String, Object> found = notices(user, kind).stream()
                .filter(notice -> String.valueOf(notice.get("title")).contains(titlePart)).findFirst().orElseThrow();
        return JsonPath.from(toJson(found));
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
