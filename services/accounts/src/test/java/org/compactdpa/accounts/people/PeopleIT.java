package org.compactdpa.accounts.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.accounts.AccountsTestResource;
import org.compactdpa.accounts.OrganisationPeople;
import org.compactdpa.accounts.RealmAdmin;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The people of an organisation, read and changed in the real Keycloak by its administrators only. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AccountsTestResource.class, scope = TestResourceScope.GLOBAL)
class PeopleIT {

    private static String idOf(String username) {
        return RealmAdmin.idsByEmail(OrganisationPeople.emailOf(username)).get(0);
    }

    private static Response setRoles(String asUser, UUID organisation, String personId, List<String> roles) {
        return given().header("Authorization", Tokens.bearer(asUser)).contentType(ContentType.JSON)
                .body(Map.of("roles", roles))
                .when().put("/api/organisations/" + organisation + "/people/" + personId + "/roles");
    }

    private static Response deactivate(String asUser, UUID organisation, String personId) {
        return given().header("Authorization", Tokens.bearer(asUser))
                .when().post("/api/organisations/" + organisation + "/people/" + personId + "/deactivate");
    }

    @Test
    void anAdministratorReadsTheirOrganisationsPeopleWithRolesAndNobodyElsesDoes() {
        UUID vendor = UUID.randomUUID();
        String admin = OrganisationPeople.person("padmin", "VENDOR", vendor, "vendor-admin", "vendor-staff");
        String staff = OrganisationPeople.person("pstaff", "VENDOR", vendor, "vendor-staff");

        given().header("Authorization", Tokens.bearer(admin))
                .when().get("/api/people")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.email", containsInAnyOrder(OrganisationPeople.emailOf(admin), OrganisationPeople.emailOf(staff)))
                .body("items.find { it.email == '" + OrganisationPeople.emailOf(admin) + "' }.roles",
                        equalTo(List.of("vendor-admin", "vendor-staff")));
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/organisations/" + vendor + "/people")
                .then().statusCode(200).body("total", equalTo(2));

        // Staff administer nobody; another vendor's administrator, a district's and a coordinator see nothing here.
        given().header("Authorization", Tokens.bearer(staff)).when().get("/api/people").then().statusCode(403);
        String otherAdmin = OrganisationPeople.person("otheradmin", "VENDOR", UUID.randomUUID(), "vendor-admin");
        given().header("Authorization", Tokens.bearer(otherAdmin))
                .when().get("/api/organisations/" + vendor + "/people").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/organisations/" + vendor + "/people").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(otherAdmin))
                .when().get("/api/organisations/" + DemoOrganisations.MAPLE + "/people").then().statusCode(403);
    }

    @Test
    void rolesChangeWithinWhatTheAdministratorMayGrantAndTheChangeIsAuditedAndAnnounced() {
        UUID vendor = UUID.randomUUID();
        String admin = OrganisationPeople.person("radmin", "VENDOR", vendor, "vendor-admin", "vendor-staff");
        String staff = OrganisationPeople.person("rstaff", "VENDOR", vendor, "vendor-staff");
        String staffId = idOf(staff);

        setRoles(admin, vendor, staffId, List.of("vendor-staff", "vendor-signer")).then().statusCode(403)
                .body("detail", containsString("vendor-signer"));
        setRoles(admin, vendor, staffId, List.of("vendor-staff", "coordinator")).then().statusCode(403);
        setRoles(admin, vendor, staffId, List.of("vendor-staff", "vendor-admin")).then().statusCode(200)
                .body("roles", equalTo(List.of("vendor-admin", "vendor-staff")));
        assertThat(RealmAdmin.realmRoles(staffId)).contains("vendor-admin");

        assertThat(KafkaEvents.await("compact.accounts", e -> vendor.toString().equals(e.key())
                && e.type().equals("org.compactdpa.account.roles-changed.v1"), Duration.ofSeconds(30)).get(0).payload())
                .contains(staffId).contains("\"added\":[\"vendor-admin\"]").contains(OrganisationPeople.emailOf(staff));
        assertThat(TestDatabase.count("compact_test", "select count(*) from audit_entry where action = ? and subject = ?"
                + " and actor = ? and detail like ?", "account.roles-changed", staffId,
                Tokens.claims(Tokens.of(admin)).getString("sub"), "added vendor-admin%")).isEqualTo(1);
        // A person of another organisation is not found here, whoever they are.
        String stranger = OrganisationPeople.person("stranger", "VENDOR", UUID.randomUUID(), "vendor-staff");
        setRoles(admin, vendor, idOf(stranger), List.of("vendor-staff")).then().statusCode(404);
    }

    @Test
    void theLastAdministratorCannotRemoveThemselfOrTheirRoleUntilThereIsAnother() {
        UUID district = UUID.randomUUID();
        String admin = OrganisationPeople.person("ladmin", "DISTRICT", district, "district-admin", "district-staff");
        String colleague = OrganisationPeople.person("lstaff", "DISTRICT", district, "district-staff");
        String adminId = idOf(admin);

        setRoles(admin, district, adminId, List.of("district-staff")).then().statusCode(409)
                .body("detail", containsString("last administrator"));
        deactivate(admin, district, adminId).then().statusCode(409).body("detail", containsString("last administrator"));
        assertThat(RealmAdmin.realmRoles(adminId)).contains("district-admin");

        setRoles(admin, district, idOf(colleague), List.of("district-staff", "district-admin")).then().statusCode(200);
        setRoles(admin, district, adminId, List.of("district-staff")).then().statusCode(200)
                .body("roles", equalTo(List.of("district-staff")));
    }

    @Test
    void aDeactivatedPersonIsDisabledInKeycloakAndCannotSignIn() {
        UUID vendor = UUID.randomUUID();
        String admin = OrganisationPeople.person("dadmin", "VENDOR", vendor, "vendor-admin", "vendor-staff");
        String leaver = OrganisationPeople.person("leaver", "VENDOR", vendor, "vendor-staff");
        String leaverId = idOf(leaver);
        assertThat(RealmAdmin.signIn(leaver, Tokens.DEMO_PASSWORD).statusCode()).isEqualTo(200);

        deactivate(admin, vendor, leaverId).then().statusCode(200).body("active", equalTo(false));
        assertThat(RealmAdmin.user(leaverId).getBoolean("enabled")).isFalse();
        assertThat(RealmAdmin.signIn(leaver, Tokens.DEMO_PASSWORD).statusCode()).isIn(400, 401);
        deactivate(admin, vendor, leaverId).then().statusCode(409);

        assertThat(KafkaEvents.await("compact.accounts", e -> vendor.toString().equals(e.key())
                && e.type().equals("org.compactdpa.account.deactivated.v1"), Duration.ofSeconds(30)).get(0).payload())
                .contains(leaverId).contains("vendor-staff");
        assertThat(TestDatabase.count("compact_test", "select count(*) from audit_entry where action = ? and subject = ?",
                "account.deactivated", leaverId)).isEqualTo(1);
    }

    @Test
    void theAuditTrailCannotBeRewrittenByTheService() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                TestDatabase.execute("compact_test", "delete from audit_entry"))
                .hasMessageContaining("permission denied");
    }
}
