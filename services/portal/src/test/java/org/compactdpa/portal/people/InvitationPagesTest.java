package org.compactdpa.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organisation's invitations, for its administrators, against a stand-in accounts service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class InvitationPagesTest {

    private static final String MAPLE = PeoplePagesTest.MAPLE;
    private static final String INVITATIONS = "/api/organisations/" + MAPLE + "/invitations";
    private static final String PENDING = "cccccccc-1111-4222-8333-444455556666";
    private static final String ACCEPTED = "dddddddd-1111-4222-8333-444455556666";

    @BeforeAll
    static void maplesAdministrator() {
        PeoplePagesTest.maplesAdministrator();
    }

    @BeforeEach
    void maplesInvitations() {
        FakeServices.answer(INVITATIONS, 200, """
                {"items":[
                 {"id":"%s","organisationType":"DISTRICT","organisationId":"%s","email":"new@maple.example",
                  "roles":["district-staff"],"status":"PENDING","invitedAt":"2030-01-01T09:00:00Z","invitedBy":"Ada Admin",
                  "linkExpiresAt":"2030-01-08T09:00:00Z","timesSent":2},
                 {"id":"%s","organisationType":"DISTRICT","organisationId":"%s","email":"old@maple.example",
                  "roles":["district-admin"],"status":"ACCEPTED","invitedAt":"2029-12-01T09:00:00Z","timesSent":1,
                  "acceptedAt":"2029-12-02T09:00:00Z"}],"page":0,"size":50,"total":2}""".formatted(PENDING, MAPLE, ACCEPTED, MAPLE));
        FakeServices.answer("POST", INVITATIONS, 201, "{\"id\":\"eeeeeeee-1111-4222-8333-444455556666\",\"status\":\"PENDING\"}");
        FakeServices.answer(INVITATIONS + "/" + PENDING + "/resend", 200, "{\"id\":\"%s\",\"status\":\"PENDING\"}".formatted(PENDING));
        FakeServices.answer(INVITATIONS + "/" + PENDING, 200, "{\"id\":\"%s\",\"status\":\"REVOKED\"}".formatted(PENDING));
        FakeServices.forgetCalls();
    }

    @Test
    void theListShowsWhatCanBeDoneAndTheFormOffersOnlyRolesTheAdministratorHolds() {
        String page = FormSession.open(PeoplePagesTest.admin(), "/people/invitations").html();

        assertThat(page).contains("new@maple.example", "sent 2 times", "id=\"resend-" + PENDING + "\"",
                "id=\"revoke-" + PENDING + "\"", "old@maple.example", "id=\"invite-form\"",
                "name=\"email\" type=\"email\" required maxlength=\"254\"", "name=\"firstName\" type=\"text\" maxlength=\"200\"",
                "name=\"lastName\" type=\"text\" maxlength=\"200\"",
                "<input type=\"checkbox\" name=\"roles\" value=\"district-admin\">",
                "<input type=\"checkbox\" name=\"roles\" value=\"district-staff\">")
                .doesNotContain("value=\"district-signer\"", "id=\"resend-" + ACCEPTED + "\"", "name=\"organisationType\"");
        assertThat(FakeServices.LAST_QUERY.get(INVITATIONS)).doesNotContain("status=").contains("size=50");
    }

    @Test
    void theStatusFilterIsPassedOnAndKeptInThePagingLinks() {
        FakeServices.answer(INVITATIONS, 200, """
                {"items":[{"id":"%s","email":"late@maple.example","roles":["district-staff"],"status":"EXPIRED",
                 "invitedAt":"2029-01-01T09:00:00Z","timesSent":1}],"page":0,"size":50,"total":120}""".formatted(PENDING));
        FormSession.as(PeoplePagesTest.admin()).when().get("/people/invitations?status=EXPIRED")
                .then().statusCode(200)
                .body(allOf(containsString("<option value=\"EXPIRED\" selected>"),
                        containsString("href=\"/people/invitations?status=EXPIRED&amp;page=1\"")));
        assertThat(FakeServices.LAST_QUERY.get(INVITATIONS)).contains("status=EXPIRED");

        FormSession.as(PeoplePagesTest.admin()).when().get("/people/invitations?status=ANYTHING").then().statusCode(200);
        assertThat(FakeServices.LAST_QUERY.get(INVITATIONS)).doesNotContain("status=");
    }

    @Test
    void invitingSendsTheAddressNamesAndTickedRoles() {
        FormSession.open(PeoplePagesTest.admin(), "/people/invitations")
                .post("/people/invitations", "organisation", "", "email", "grace@maple.example", "firstName", "Grace",
                        "lastName", "", "roles", "district-staff", "roles", "district-admin")
                .then().statusCode(303).header("Location", endsWith("/people/invitations?done=invited"));

        FakeServices.Call call = FakeServices.callsTo("POST", INVITATIONS).get(0);
        JsonPath body = JsonPath.from(call.body());
        assertThat(body.getString("email")).isEqualTo("grace@maple.example");
        assertThat(body.getString("firstName")).isEqualTo("Grace");
        assertThat(body.getString("lastName")).isNull();
        assertThat(body.getList("roles", String.class)).containsExactly("district-staff", "district-admin");
        assertThat(call.authorization()).isEqualTo(PeoplePagesTest.admin());
    }

    @Test
    void aRefusedInvitationIsSaidAboveTheFormWithWhatWasTyped() {
        FakeServices.answer("POST", INVITATIONS, 403, """
                {"title":"Forbidden","status":403,"detail":"You may not grant district-signer in district %s; you may grant district-admin, district-staff"}"""
                .formatted(MAPLE));
        FormSession.open(PeoplePagesTest.admin(), "/people/invitations")
                .post("/people/invitations", "organisation", "", "email", "grace@maple.example", "firstName", "Grace",
                        "roles", "district-staff", "roles", "district-signer")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"problem\""), containsString("You may not grant district-signer"),
                        containsString("value=\"grace@maple.example\""), containsString("value=\"Grace\""),
                        containsString("<input type=\"checkbox\" name=\"roles\" value=\"district-staff\" checked>"),
                        containsString("id=\"invitations\"")));

        FakeServices.answer("POST", INVITATIONS, 409, """
                {"title":"Conflict with the current state","status":409,"detail":"grace@maple.example has an invitation whose link still works"}""");
        FormSession.open(PeoplePagesTest.admin(), "/people/invitations")
                .post("/people/invitations", "organisation", "", "email", "grace@maple.example", "roles", "district-staff")
                .then().statusCode(200).body(containsString("has an invitation whose link still works"));
    }

    @Test
    void sendingAgainAndRevokingCallTheirEndpoints() {
        FormSession page = FormSession.open(PeoplePagesTest.admin(), "/people/invitations");
        page.post("/people/invitations/" + PENDING + "/resend", "organisation", "")
                .then().statusCode(303).header("Location", endsWith("/people/invitations?done=resent"));
        page.post("/people/invitations/" + PENDING + "/revoke", "organisation", "")
                .then().statusCode(303).header("Location", endsWith("/people/invitations?done=revoked"));

        assertThat(FakeServices.callsTo("POST", INVITATIONS + "/" + PENDING + "/resend")).hasSize(1);
        assertThat(FakeServices.callsTo("DELETE", INVITATIONS + "/" + PENDING)).hasSize(1);
    }

    @Test
    void revokingAnAcceptedInvitationIsSaidOnThePage() {
        FakeServices.answer(INVITATIONS + "/" + ACCEPTED, 409, """
                {"title":"Conflict with the current state","status":409,"detail":"The invitation was accepted already"}""");
        FormSession.open(PeoplePagesTest.admin(), "/people/invitations")
                .post("/people/invitations/" + ACCEPTED + "/revoke", "organisation", "")
                .then().statusCode(200).body(allOf(containsString("The invitation was accepted already"),
                        not(containsString("id=\"done\""))));
    }

    @Test
    void aCoordinatorInvitesIntoAMemberDistrictWithEveryDistrictRole() {
        String harbor = DemoOrganisations.HARBOR.toString();
        String harborInvitations = "/api/organisations/" + harbor + "/invitations";
        FakeServices.answer(harborInvitations, 200, "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        FormSession page = FormSession.open(Tokens.bearer("coordinator"), "/people/invitations?organisation=" + harbor);
        assertThat(page.html()).contains("value=\"district-signer\"", "value=\"district-admin\"",
                "<input type=\"hidden\" name=\"organisation\" value=\"" + harbor + "\">");

        page.post("/people/invitations", "organisation", harbor, "email", "head@harbor.example",
                        "roles", "district-admin", "roles", "district-staff")
                .then().statusCode(303).header("Location", endsWith("/people/invitations?organisation=" + harbor + "&done=invited"));
        assertThat(FakeServices.callsTo("POST", harborInvitations)).hasSize(1);
    }

    @Test
    void aPlatformAdministratorInvitingIntoAnOrganisationNobodyKnowsSaysItsKind() {
        String fresh = "f0000000-1111-4222-8333-444455556666";
        FakeServices.answer("/api/organisations/" + fresh + "/invitations", 200, "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");
        String page = FormSession.open(Tokens.bearer("admin"), "/people/invitations?organisation=" + fresh).html();

        assertThat(page).contains("name=\"organisationType\"", "<option value=\"VENDOR\">", "value=\"vendor-admin\"",
                "value=\"district-admin\"", "value=\"coordinator\"");
    }
}
