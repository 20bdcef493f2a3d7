package org.compactdpa.accounts.applications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.accounts.AccountsTestResource;
import org.compactdpa.accounts.Links;
import org.compactdpa.accounts.RealmAdmin;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.KeycloakUsers;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.TestMail;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A vendor nobody knew registers itself: the application, the mail read from the real SMTP server,
 * the confirmation that creates the account in the real Keycloak (password set through Keycloak's own
 * action, never here), the sign-in whose token carries the organisation, and the coordinator's verification.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AccountsTestResource.class, scope = TestResourceScope.GLOBAL)
class VendorApplicationIT {

    private static final String PASSWORD = "Chosen-by-the-person-1";

    private static KafkaEvents.Received event(String key, String type) {
        List<KafkaEvents.Received> found = KafkaEvents.await("compact.accounts",
                e -> key.equals(e.key()) && e.type().equals("org.compactdpa." + type + ".v1"), Duration.ofSeconds(30));
        return found.get(found.size() - 1);
    }

    @Test
    void aStrangerAppliesConfirmsSetsAPasswordInKeycloakAndSignsInForTheNewVendor() {
        String email = Links.freshAddress("rosa");
        String applicationId = given().contentType(ContentType.JSON).body(Applications.form(email, true))
                .when().post("/api/vendor-applications")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/vendor-applications/"))
                .body("status", equalTo("SUBMITTED")).body("email", equalTo(email))
                .extract().path("id");
        assertThat(event(applicationId, "vendor-application.submitted").payload()).contains("Lumen Tutor");

        TestMail.Message mail = TestMail.get().awaitMessage(email, m -> m.subject().contains("Confirm"),
                Duration.ofSeconds(30));
        assertThat(mail.text()).contains("Hello Rosa").contains(Links.CONFIRMATION);
        JsonPath confirmed = Applications.confirm(Links.confirmationToken(email)).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("passwordMailSent", equalTo(true))
                .extract().jsonPath();
        String vendorId = confirmed.getString("vendorId");
        String personId = confirmed.getString("personId");
        assertThat(confirmed.getList("roles", String.class))
                .containsExactlyInAnyOrder("vendor-admin", "vendor-staff", "vendor-signer");

        // The account, as Keycloak holds it: the organisation's claims, a verified address, no password yet.
        JsonPath account = RealmAdmin.user(personId);
        assertThat(account.getString("email")).isEqualTo(email);
        assertThat(account.getBoolean("emailVerified")).isTrue();
        assertThat(account.getList("attributes.org_type", String.class)).containsExactly("VENDOR");
        assertThat(account.getList("attributes.org_id", String.class)).containsExactly(vendorId);
        assertThat(account.getList("requiredActions", String.class)).containsExactly("UPDATE_PASSWORD");
        assertThat(RealmAdmin.realmRoles(personId)).contains("vendor-admin", "vendor-staff", "vendor-signer");
        // Keycloak mailed its own link to set the password; until then the person cannot sign in.
        assertThat(Links.passwordMail(email).text()).contains("Update Password");
        assertThat(RealmAdmin.signIn(email, PASSWORD).statusCode()).isIn(400, 401);

        RealmAdmin.setPassword(personId, PASSWORD);
        String token = RealmAdmin.accessToken(email, PASSWORD);
        assertThat(Tokens.claims(token).getString("org_type")).isEqualTo("VENDOR");
        assertThat(Tokens.claims(token).getString("org_id")).isEqualTo(vendorId);
        assertThat(Tokens.claims(token).getList("realm_access.roles", String.class))
                .contains("vendor-admin", "vendor-staff", "vendor-signer");
        // The token works here: the new administrator sees their vendor's people, themself among them.
        given().header("Authorization", "Bearer " + token)
                .when().get("/api/people")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(personId))
                .body("items[0].roles", hasItem("vendor-admin"))
                .body("items[0].passwordSet", equalTo(true));

        assertThat(event(applicationId, "vendor-application.confirmed").payload())
                .contains("\"vendorId\":\"" + vendorId + "\"").contains("\"signerAuthorityDeclared\":true");
        assertThat(event(vendorId, "account.activated").payload()).contains(personId).contains(email);
        assertThat(TestDatabase.count("compact_test", "select count(*) from audit_entry where action = ? and subject = ?",
                "vendor-application.confirmed", applicationId)).isEqualTo(1);
    }

    @Test
    void aCoordinatorVerifiesTheVendorAgainstTheChecklistOnce() {
        String email = Links.freshAddress("verify");
        JsonPath confirmed = Applications.applyAndConfirm(email, false);
        String id = confirmed.getString("applicationId");
        assertThat(confirmed.getList("roles", String.class)).containsExactlyInAnyOrder("vendor-admin", "vendor-staff");

        given().header("Authorization", Tokens.bearer("coordinator")).queryParam("status", "CONFIRMED")
                .queryParam("size", 200)
                .when().get("/api/vendor-applications")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("companyIdentity", true, "signerAuthority", true, "breachContact", false, "note", "Called them"))
                .when().post("/api/vendor-applications/" + id + "/verification")
                .then().statusCode(422).body("errors[0].field", equalTo("breachContact"));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON)
                .body(checklist())
                .when().post("/api/vendor-applications/" + id + "/verification")
                .then().statusCode(403);

        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON).body(checklist())
                .when().post("/api/vendor-applications/" + id + "/verification")
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("decision.by", equalTo(Tokens.claims(Tokens.of("coordinator")).getString("sub")))
                .body("decision.checklist.breachContact", equalTo(true))
                .body("decision.note", equalTo("Registry extract and a call to the signer"))
                .body("decision.at", notNullValue());
        assertThat(event(id, "vendor-application.verified").payload())
                .contains(confirmed.getString("vendorId")).contains("\"companyIdentity\":true");

        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON).body(checklist())
                .when().post("/api/vendor-applications/" + id + "/verification")
                .then().statusCode(409);
    }

    @Test
    void anUnconfirmedApplicationCannotBeVerifiedButCanBeRefusedWhichKillsItsLink() {
        String email = Links.freshAddress("refused");
        String id = Applications.apply(email, false);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(checklist())
                .when().post("/api/vendor-applications/" + id + "/verification")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("not confirmed"));
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Not an edtech vendor"))
                .when().post("/api/vendor-applications/" + id + "/refusal")
                .then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("decision.note", equalTo("Not an edtech vendor"));
        assertThat(event(id, "vendor-application.refused").payload()).contains("Not an edtech vendor");

        Applications.confirm(Links.confirmationToken(email)).then().statusCode(410)
                .contentType("application/problem+json");
        assertThat(RealmAdmin.idsByEmail(email)).isEmpty();
    }

    @Test
    void aConfirmationLinkWorksOnceAndMakesOneAccount() {
        String email = Links.freshAddress("twice");
        Applications.apply(email, false);
        String token = Links.confirmationToken(email);
        Applications.confirm(token).then().statusCode(200);
        Applications.confirm(token).then().statusCode(410).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("used already"));
        assertThat(RealmAdmin.idsByEmail(email)).hasSize(1);
    }

    @Test
    void anExpiredConfirmationLinkIsRefusedAndMakesNothing() {
        String email = Links.freshAddress("late");
        String id = Applications.apply(email, false);
        String token = Links.confirmationToken(email);
        TestDatabase.execute("compact_test", "update vendor_application set token_expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(id));

        Applications.confirm(token).then().statusCode(410).body("detail", org.hamcrest.Matchers.containsString("expired"));
        assertThat(RealmAdmin.idsByEmail(email)).isEmpty();
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/vendor-applications/" + id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aTokenNoLinkCarriesIs404AndAMalformedOneIsRefused() {
        Applications.confirm("A".repeat(43)).then().statusCode(404).contentType("application/problem+json");
        Applications.confirm("not a token").then().statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.containsString("token"));
    }

    @Test
    void anAddressWhoseAccountActsForAnotherOrganisationCannotConfirm() {
        String username = "elsewhere-" + Long.toHexString(System.nanoTime());
        KeycloakUsers.create(username, "district-staff", "DISTRICT", UUID.randomUUID());
        String email = username + "@test.compactdpa.org";
        Applications.apply(email, false);
        Applications.confirm(Links.confirmationToken(email)).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("already has an account"));
    }

    @Test
    void onlyCoordinatorsAndPlatformAdministratorsReadApplications() {
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get("/api/vendor-applications").then().statusCode(403);
        given().when().get("/api/vendor-applications").then().statusCode(401);
    }

    private static Map<String, Object> checklist() {
        return Map.of("companyIdentity", true, "signerAuthority", true, "breachContact", true,
                "note", "Registry extract and a call to the signer");
    }
}
