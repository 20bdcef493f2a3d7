package org.compactdpa.accounts.invitations;

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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.accounts.AccountsTestResource;
import org.compactdpa.accounts.Links;
import org.compactdpa.accounts.OrganisationPeople;
import org.compactdpa.accounts.RealmAdmin;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.TestMail;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Invitations against the real Keycloak and SMTP server: who may invite whom with which roles, the
 * mailed link that works once until it expires, sending again and revoking, and the account that
 * accepting creates or links.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AccountsTestResource.class, scope = TestResourceScope.GLOBAL)
class InvitationIT {

    private static Response invite(String asUser, UUID organisation, String email, List<String> roles) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "roles", roles));
        return given().header("Authorization", Tokens.bearer(asUser)).contentType(ContentType.JSON).body(body)
                .when().post("/api/organisations/" + organisation + "/invitations");
    }

    private static Response accept(String token, String firstName, String lastName) {
        Map<String, Object> body = new HashMap<>(Map.of("token", token));
        if (firstName != null) {
            body.put("firstName", firstName);
            body.put("lastName", lastName);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/invitations/accept");
    }

    private static String vendorAdmin(UUID vendor, String... extraRoles) {
        String[] roles = new String[extraRoles.length + 2];
        roles[0] = "vendor-admin";
        roles[1] = "vendor-staff";
        System.arraycopy(extraRoles, 0, roles, 2, extraRoles.length);
        return OrganisationPeople.person("vadmin", "VENDOR", vendor, roles);
    }

    @Test
    void aVendorAdministratorInvitesASignerWhoAcceptsSetsAPasswordAndSignsIn() {
        UUID vendor = UUID.randomUUID();
        String admin = vendorAdmin(vendor, "vendor-signer");
        String email = Links.freshAddress("signer");
        String invitationId = invite(admin, vendor, email, List.of("vendor-signer", "vendor-staff"))
                .then().statusCode(201)
                .body("status", equalTo("PENDING")).body("organisationType", equalTo("VENDOR"))
                .body("roles", equalTo(List.of("vendor-signer", "vendor-staff")))
                .extract().path("id");
        assertThat(KafkaEvents.await("compact.accounts", e -> vendor.toString().equals(e.key())
                && e.type().equals("org.compactdpa.account.invited.v1"), Duration.ofSeconds(30)).get(0).payload())
                .contains(email).contains(invitationId);

        TestMail.Message mail = TestMail.get().awaitMessage(email, m -> m.text().contains(Links.INVITATION),
                Duration.ofSeconds(30));
        assertThat(mail.subject()).startsWith("Your invitation to");
        JsonPath accepted = accept(Links.invitationToken(email), "Sam", "Signer").then().statusCode(200)
                .body("newAccount", equalTo(true)).body("passwordMailSent", equalTo(true))
                .extract().jsonPath();
        String personId = accepted.getString("personId");
        JsonPath account = RealmAdmin.user(personId);
        assertThat(account.getList("attributes.org_id", String.class)).containsExactly(vendor.toString());
        assertThat(account.getList("requiredActions", String.class)).containsExactly("UPDATE_PASSWORD");
        assertThat(Links.passwordMail(email).text()).contains("Update Password");

        RealmAdmin.setPassword(personId, "Signer-chose-this-1");
        String token = RealmAdmin.accessToken(email, "Signer-chose-this-1");
        assertThat(Tokens.claims(token).getString("org_type")).isEqualTo("VENDOR");
        assertThat(Tokens.claims(token).getString("org_id")).isEqualTo(vendor.toString());
        assertThat(Tokens.claims(token).getList("realm_access.roles", String.class))
                .contains("vendor-signer", "vendor-staff").doesNotContain("vendor-admin");

        given().header("Authorization", Tokens.bearer(admin))
                .when().get("/api/organisations/" + vendor + "/invitations")
                .then().statusCode(200).body("items[0].id", equalTo(invitationId))
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].personId", equalTo(personId));
        assertThat(KafkaEvents.await("compact.accounts", e -> vendor.toString().equals(e.key())
                && e.type().equals("org.compactdpa.account.activated.v1"), Duration.ofSeconds(30)).get(0).payload())
                .contains(personId).contains(invitationId);
    }

    @Test
    void nobodyInvitesIntoAnotherOrganisationOrGrantsARoleTheyDoNotHold() {
        UUID vendor = UUID.randomUUID();
        String admin = vendorAdmin(vendor);
        String email = Links.freshAddress("refused");

        invite(admin, vendor, email, List.of("vendor-signer")).then().statusCode(403)
                .body("detail", containsString("vendor-signer"));
        invite(admin, vendor, email, List.of("coordinator")).then().statusCode(403)
                .body("detail", containsString("coordinator"));
        invite(admin, vendor, email, List.of("platform-admin")).then().statusCode(403);
        invite(admin, UUID.randomUUID(), email, List.of("vendor-staff")).then().statusCode(403);
        invite(admin, DemoOrganisations.BRIGHTPATH, email, List.of("vendor-staff")).then().statusCode(403);
        invite("brightpath-staff", DemoOrganisations.BRIGHTPATH, email, List.of("vendor-staff")).then().statusCode(403);

        UUID district = UUID.randomUUID();
        String districtAdmin = OrganisationPeople.person("dadmin", "DISTRICT", district, "district-admin",
                "district-staff");
        invite(districtAdmin, district, email, List.of("district-signer")).then().statusCode(403);
        invite(districtAdmin, DemoOrganisations.MAPLE, email, List.of("district-staff")).then().statusCode(403);
        invite("coordinator", DemoOrganisations.CONSORTIUM, email, List.of("platform-admin")).then().statusCode(403);

        assertThat(TestMail.get().messages(email)).as("no refused invitation sent mail").isEmpty();
        assertThat(TestDatabase.count("compact_test", "select count(*) from invitation where email = ?", email)).isZero();
    }

    @Test
    void sendingAgainKillsTheOldLinkAndEachLinkWorksOnce() {
        UUID vendor = UUID.randomUUID();
        String admin = vendorAdmin(vendor);
        String email = Links.freshAddress("again");
        String id = invite(admin, vendor, email, List.of("vendor-staff")).then().statusCode(201).extract().path("id");
        String first = Links.invitationToken(email);
        invite(admin, vendor, email, List.of("vendor-staff")).then().statusCode(409);

        given().header("Authorization", Tokens.bearer(admin))
                .when().post("/api/organisations/" + vendor + "/invitations/" + id + "/resend")
                .then().statusCode(200).body("timesSent", equalTo(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> !Links.invitationToken(email).equals(first));
        String second = Links.invitationToken(email);

        accept(first, "Ann", "Again").then().statusCode(404);
        accept(second, "Ann", "Again").then().statusCode(200);
        accept(second, "Ann", "Again").then().statusCode(410).body("detail", containsString("accepted already"));
        assertThat(RealmAdmin.idsByEmail(email)).hasSize(1);
    }

    @Test
    void aRevokedOrExpiredLinkIsGone() {
        UUID vendor = UUID.randomUUID();
        String admin = vendorAdmin(vendor);
        String revokedEmail = Links.freshAddress("revoked");
        String revoked = invite(admin, vendor, revokedEmail, List.of("vendor-staff")).then().statusCode(201)
                .extract().path("id");
        String revokedToken = Links.invitationToken(revokedEmail);
        given().header("Authorization", Tokens.bearer(admin))
                .when().delete("/api/organisations/" + vendor + "/invitations/" + revoked)
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        accept(revokedToken, "Rae", "Voked").then().statusCode(410).body("detail", containsString("withdrawn"));
        given().header("Authorization", Tokens.bearer(admin))
                .when().delete("/api/organisations/" + vendor + "/invitations/" + revoked)
                .then().statusCode(409);

        String lateEmail = Links.freshAddress("late");
        String late = invite(admin, vendor, lateEmail, List.of("vendor-staff")).then().statusCode(201).extract().path("id");
        String lateToken = Links.invitationToken(lateEmail);
        TestDatabase.execute("compact_test", "update invitation set token_expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(late));
        accept(lateToken, "Lee", "Late").then().statusCode(410).body("detail", containsString("expired"));
        given().header("Authorization", Tokens.bearer(admin)).queryParam("status", "EXPIRED")
                .when().get("/api/organisations/" + vendor + "/invitations")
                .then().statusCode(200).body("items.id", equalTo(List.of(late)));
        assertThat(RealmAdmin.idsByEmail(revokedEmail)).isEmpty();
        assertThat(RealmAdmin.idsByEmail(lateEmail)).isEmpty();

        // Sent again, an expired invitation works with its new link.
        given().header("Authorization", Tokens.bearer(admin))
                .when().post("/api/organisations/" + vendor + "/invitations/" + late + "/resend")
                .then().statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !Links.invitationToken(lateEmail).equals(lateToken));
        accept(Links.invitationToken(lateEmail), "Lee", "Late").then().statusCode(200);
    }

    @Test
    void aCoordinatorInvitesTheFirstAdministratorOfAMemberDistrictOnly() {
        UUID district = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), district, new DistrictRegistered(district, "Cedar Falls",
                "MA", "2500999", Instant.now()));
        KafkaEvents.publish(UUID.randomUUID().toString(), district, new DistrictJoinedConsortium(district,
                DemoOrganisations.CONSORTIUM, "MA", Instant.now()));
        String email = Links.freshAddress("first-admin");
        Map<String, Object> firstAdmin = Map.of("email", email, "firstName", "Fay", "lastName", "First");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                        .body(firstAdmin).when().post("/api/organisations/" + district + "/first-admin")
                        .statusCode() == 201);

        TestMail.Message mail = TestMail.get().awaitMessage(email, m -> m.text().contains(Links.INVITATION),
                Duration.ofSeconds(30));
        assertThat(mail.subject()).contains("Cedar Falls");
        JsonPath accepted = accept(Links.invitationToken(email), null, null).then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getList("roles", String.class)).containsExactlyInAnyOrder("district-admin", "district-staff");
        assertThat(RealmAdmin.user(accepted.getString("personId")).getString("firstName")).isEqualTo("Fay");

        // A district that is not a member of the coordinator's consortium is not theirs to staff.
        UUID stranger = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), stranger, new DistrictRegistered(stranger, "Elsewhere",
                "MA", "2500998", Instant.now()));
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("email", Links.freshAddress("nope"), "roles", List.of("district-staff"),
                        "organisationType", "DISTRICT"))
                .when().post("/api/organisations/" + stranger + "/invitations")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("email", Links.freshAddress("nope"), "roles", List.of("coordinator")))
                .when().post("/api/organisations/" + DemoOrganisations.CONSORTIUM + "/invitations")
                .then().statusCode(201);
    }

    @Test
    void anAccountOfAnotherOrganisationCannotAcceptButOneOfTheSameGetsTheRoles() {
        UUID vendor = UUID.randomUUID();
        String admin = vendorAdmin(vendor, "vendor-signer");
        String colleague = OrganisationPeople.person("colleague", "VENDOR", vendor, "vendor-staff");
        invite(admin, vendor, OrganisationPeople.emailOf(colleague), List.of("vendor-signer")).then().statusCode(201);
        accept(Links.invitationToken(OrganisationPeople.emailOf(colleague)), null, null).then().statusCode(200)
                .body("newAccount", equalTo(false)).body("passwordMailSent", equalTo(false))
                .body("roles", hasItem("vendor-signer"));

        String outsider = OrganisationPeople.person("outsider", "DISTRICT", UUID.randomUUID(), "district-staff");
        invite(admin, vendor, OrganisationPeople.emailOf(outsider), List.of("vendor-staff")).then().statusCode(201);
        accept(Links.invitationToken(OrganisationPeople.emailOf(outsider)), null, null).then().statusCode(409)
                .body("detail", containsString("another organisation"));
        assertThat(RealmAdmin.realmRoles(RealmAdmin.idsByEmail(OrganisationPeople.emailOf(outsider)).get(0)))
                .doesNotContain("vendor-staff");
    }
}
