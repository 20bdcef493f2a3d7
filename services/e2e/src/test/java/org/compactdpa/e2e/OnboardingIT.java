package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A vendor comes to the platform with nobody opening Keycloak's console: a stranger applies, confirms
 * from the mail the real SMTP server caught, chooses a password on Keycloak's own pages behind its
 * mailed link, signs in and adds a product; a coordinator verifies the vendor; its administrator
 * invites a signer, who accepts from the mail, chooses a password the same way and signs an agreement
 * the coordinator prepared for the new product. Each step uses what the person would have: the mails,
 * Keycloak's pages and the platform's APIs (the demo coordinator and Maple Valley's signer are seeded).
 * Last, every log the stack wrote during the run is searched for the links' tokens, the passwords and
 * the access tokens: none may appear. The steps build on each other, in order.
 */
@Order(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String APPLICANT = "robin.alvarez-" + RUN + "@lantern.example.com";
    private static final String SIGNER = "sam.okoro-" + RUN + "@lantern.example.com";
    private static final String COMPANY = "Lantern Learning " + RUN;

    /** Whatever would let someone act as these people, by what it is: no log may hold any of it. */
    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    private static Platform platform;
    private static RealmUsers realm;
    private static Mailbox mail;
    private static String keycloak;

    private static String applicationId;
    private static String vendorId;
    private static String applicantBearer;
    private static UUID productId;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = Platform.get();
        keycloak = platform.stack.keycloak().baseUrl();
        realm = new RealmUsers(keycloak);
        mail = new Mailbox(platform.stack.mail().apiUrl());
    }

    private static RequestSpecification accounts() {
        return given().baseUri(platform.url("accounts")).contentType(ContentType.JSON);
    }

    @Test
    @Order(1)
    void aStrangerAppliesAndTheLinkInTheCaughtMailRegistersTheVendorOnce() {
        applicationId = accounts()
                .body(Map.of("company", COMPANY, "legalName", COMPANY + ", Inc.", "website", "https://lantern.example.com",
                        "contactFirstName", "Robin", "contactLastName", "Alvarez", "email", APPLICANT,
                        "authorityToSign", true))
                .when().post("/api/vendor-applications")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("email", equalTo(APPLICANT))
                .extract().path("id");

        Mailbox.Mail confirmation = mail.waitFor(APPLICANT, m -> m.text().contains("/vendor-applications/confirm"));
        assertThat(confirmation.subject()).isEqualTo("Confirm your vendor application on Compact");
        String token = tokenOf(confirmation.link(platform.url("portal") + "/vendor-applications/confirm?token="));
        SECRETS.put("the confirmation link's token", token);

        vendorId = accounts().body(Map.of("token", token))
                .when().post("/api/vendor-applications/confirm")
                .then().statusCode(200)
                .body("applicationId", equalTo(applicationId)).body("status", equalTo("CONFIRMED"))
                .body("email", equalTo(APPLICANT))
                .body("roles", containsInAnyOrder("vendor-admin", "vendor-staff", "vendor-signer"))
                .body("passwordMailSent", equalTo(true))
                .extract().path("vendorId");
        assertThat(vendorId).isNotBlank();
        accounts().body(Map.of("token", token)).when().post("/api/vendor-applications/confirm")
                .then().statusCode(410);
    }

    @Test
    @Order(2)
    void theApplicantChoosesAPasswordOnKeycloaksPagesAndSignsInAsTheVendorsAdministrator() throws Exception {
        String password = "Lantern-admin-" + UUID.randomUUID();
        SECRETS.put("the applicant's password", password);

        choosePassword(APPLICANT, password, "the applicant's password link");
        applicantBearer = signIn(APPLICANT, password, "the applicant's access token");

        given().baseUri(platform.url("vendors")).header("Authorization", applicantBearer)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("organisationType", equalTo("VENDOR")).body("organisationId", equalTo(vendorId))
                .body("name", equalTo("Robin Alvarez")).body("email", equalTo(APPLICANT))
                .body("roles", hasItems("vendor-admin", "vendor-staff", "vendor-signer"));
    }

    @Test
    @Order(3)
    void theNewVendorAwaitsVerificationAndAddsAProductMeanwhile() {
        // The vendors service learns of the vendor by event.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(platform.url("vendors")).when().get("/api/vendors/" + vendorId)
                        .then().statusCode(200).body("legalName", equalTo(COMPANY + ", Inc."))
                        .body("verified", equalTo(false)));

        productId = UUID.randomUUID();
        given().baseUri(platform.url("vendors")).header("Authorization", applicantBearer).contentType(ContentType.JSON)
                .body(Map.of("id", productId, "name", "Lantern Phonics " + RUN, "url", "https://lantern.example.com/phonics",
                        "description", "Phonics practice for early readers.", "gradeBands", List.of("K-2"),
                        "categories", List.of("Literacy"), "dataElements", List.of("STUDENT_NAME", "STUDENT_IN_APP_PERFORMANCE"),
                        "securityFramework", "NIST_CSF", "subprocessors", List.of()))
                .when().post("/api/vendors/" + vendorId + "/products")
                .then().statusCode(201).body("id", equalTo(productId.toString()));
    }

    @Test
    @Order(4)
    void aCoordinatorVerifiesTheApplicationAgainstTheChecklistAndTheVendorBecomesVerified() {
        String coordinator = realm.bearer("coordinator");
        given().baseUri(platform.url("accounts")).header("Authorization", coordinator)
                .queryParam("status", "CONFIRMED").queryParam("size", 100)
                .when().get("/api/vendor-applications")
                .then().statusCode(200).body("items.id", hasItem(applicationId));

        accounts().header("Authorization", coordinator)
                .body(Map.of("companyIdentity", true, "signerAuthority", true, "breachContact", true,
                        "note", "Registry entry, signing authority and breach contact checked by phone."))
                .when().post("/api/vendor-applications/" + applicationId + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(platform.url("vendors")).when().get("/api/vendors/" + vendorId)
                        .then().statusCode(200).body("verified", equalTo(true)));
    }

    @Test
    @Order(5)
    void theVendorsAdministratorInvitesASignerWhoAcceptsFromTheCaughtMail() {
        accounts().header("Authorization", applicantBearer)
                .body(Map.of("email", SIGNER, "roles", List.of("vendor-signer"), "firstName", "Sam", "lastName", "Okoro"))
                .when().post("/api/organisations/" + vendorId + "/invitations")
                .then().statusCode(201).body("status", equalTo("PENDING")).body("email", equalTo(SIGNER));

        Mailbox.Mail invitation = mail.waitFor(SIGNER, m -> m.text().contains("/invitations/accept"));
        assertThat(invitation.subject()).isEqualTo("Your invitation to " + COMPANY + ", Inc. on Compact");
        String token = tokenOf(invitation.link(platform.url("portal") + "/invitations/accept?token="));
        SECRETS.put("the invitation link's token", token);

        accounts().body(Map.of("token", token))
                .when().post("/api/invitations/accept")
                .then().statusCode(200)
                .body("organisationType", equalTo("VENDOR")).body("organisationId", equalTo(vendorId))
                .body("roles", containsInAnyOrder("vendor-signer"))
                .body("newAccount", equalTo(true)).body("passwordMailSent", equalTo(true));
    }

    @Test
    @Order(6)
    void theSignerChoosesAPasswordSignsInAndSignsAnAgreementForTheNewVendorsProduct() throws Exception {
        String password = "Lantern-signer-" + UUID.randomUUID();
        SECRETS.put("the signer's password", password);
        choosePassword(SIGNER, password, "the signer's password link");
        String signer = signIn(SIGNER, password, "the signer's access token");

        // The coordinator prepares it once signatures has learned of the verified vendor and its product.
        UUID agreement = new Cooperative(platform, realm).agreement(productId);
        String signatures = platform.url("signatures");
        String hash = given().baseUri(signatures).header("Authorization", signer)
                .when().get("/api/agreements/" + agreement + "/document")
                .then().statusCode(200).extract().path("sha256");
        Map<String, Object> signature = Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash);
        given().baseUri(signatures).header("Authorization", signer).contentType(ContentType.JSON).body(signature)
                .when().post("/api/agreements/" + agreement + "/signatures")
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_DISTRICT"))
                .body("vendorId", equalTo(vendorId)).body("vendor", equalTo(COMPANY + ", Inc."))
                .body("products.productId", containsInAnyOrder(productId.toString()))
                .body("signatures.find { it.party == 'VENDOR' }.signer", equalTo("Sam Okoro"));
        given().baseUri(signatures).header("Authorization", realm.bearer("maple-signer")).contentType(ContentType.JSON)
                .body(signature)
                .when().post("/api/agreements/" + agreement + "/signatures")
                .then().statusCode(200).body("status", equalTo("EXECUTED"));
    }

    /**
     * Every log file of the stack (each service's, Keycloak's, the mail catcher's, the broker's, and
     * the broker's topic segments, which hold every event) searched for what the run handed out.
     */
    @Test
    @Order(7)
    void noLogOfTheStackHoldsALinkTokenPasswordOrAccessTokenOfTheRun() throws Exception {
        assertThat(SECRETS).as("what the steps above handed out").hasSize(8);
        Path stateDir = platform.stack.stateDir();
        List<Path> logs;
        try (Stream<Path> files = Files.walk(stateDir)) {
            logs = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".log")).toList();
        }
        assertThat(logs).extracting(f -> f.getFileName().toString())
                .contains("accounts.log", "vendors.log", "signatures.log", "portal.log", "keycloak.log", "mail.log",
                        "kafka.log");

        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            // Byte for byte: every secret is ASCII, whatever the rest of the file is.
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            SECRETS.forEach((what, value) -> {
                if (text.contains(value)) {
                    found.add(what + " in " + stateDir.relativize(log));
                }
            });
        }
        // The search reads what the parts wrote: the catcher notes each new mailbox by its address.
        assertThat(Files.readString(stateDir.resolve("logs/mail.log"))).contains(APPLICANT).contains(SIGNER);
        assertThat(found).isEmpty();
    }

    /** Follows the link of Keycloak's own mail to the person and chooses the password on its pages. */
    private static void choosePassword(String address, String password, String what) throws Exception {
        Mailbox.Mail keycloakMail = mail.waitFor(address, m -> m.text().contains("/login-actions/action-token"));
        String link = keycloakMail.link(keycloak + "/realms/compact/login-actions/action-token?");
        SECRETS.put(what, queryParameter(link, "key"));

        String leftAt = new KeycloakPages(keycloak).choosePassword(link, password);

        assertThat(leftAt).as("where Keycloak left " + address).contains("Your account has been updated");
    }

    private static String signIn(String username, String password, String what) {
        String bearer = realm.bearer(username, password);
        SECRETS.put(what, bearer.substring("Bearer ".length()));
        return bearer;
    }

    private static String tokenOf(String link) {
        String token = queryParameter(link, "token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        return token;
    }

    private static String queryParameter(String link, String name) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("No " + name + " in " + link);
    }
}
