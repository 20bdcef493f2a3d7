package org.compactdpa.portal.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepting an invitation from its mailed link, against a stand-in accounts service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class InvitationAcceptancePagesTest {

    private static final String ACCEPT = "/api/invitations/accept";
    private static final String TOKEN = "Zx9_8w7-V6u5T4s3R2q1P0o9N8m7L6k5J4i3H2g1F0e";

    @BeforeEach
    void anAccountsServiceThatAccepts() {
        FakeServices.answer(ACCEPT, 200, """
                {"invitationId":"1a2b3c4d-1111-4222-8333-444455556666","personId":"p1","organisationType":"DISTRICT",
                 "organisationId":"0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01","roles":["district-staff"],"newAccount":true,
                 "passwordMailSent":true}""");
        FakeServices.forgetCalls();
    }

    @Test
    void theLinksPageOffersOptionalNamesAndAButtonAndChangesNothingByItself() {
        String page = FormSession.open(null, "/invitations/accept?token=" + TOKEN).html();

        assertThat(page).contains("action=\"/invitations/accept\"", "id=\"accept\"",
                "<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">",
                "name=\"firstName\" type=\"text\" maxlength=\"200\"", "name=\"lastName\" type=\"text\" maxlength=\"200\"");
        assertThat(FakeServices.CALLS).as("calls made by opening the link").isEmpty();
    }

    @Test
    void acceptingSendsTokenAndNamesAndSaysKeycloakMailedThePasswordLink() {
        FormSession.open(null, "/invitations/accept?token=" + TOKEN)
                .post("/invitations/accept", "token", TOKEN, "firstName", " Grace ", "lastName", "Hopper")
                .then().statusCode(303).header("Location", endsWith("/invitations/accepted?account=new&mail=sent"));

        FakeServices.Call call = FakeServices.callsTo("POST", ACCEPT).get(0);
        JsonPath body = JsonPath.from(call.body());
        assertThat(body.getString("token")).isEqualTo(TOKEN);
        assertThat(body.getString("firstName")).isEqualTo("Grace");
        assertThat(body.getString("lastName")).isEqualTo("Hopper");
        assertThat(call.authorization()).isNull();

        given().when().get("/invitations/accepted?account=new&mail=sent").then().statusCode(200)
                .body(allOf(containsString("Your account is ready"), containsString("(Keycloak) has mailed you a link"),
                        containsString("id=\"password-mail\"")));
    }

    @Test
    void namesLeftEmptyAreNotSentAndAnExistingAccountIsSaidToBeLinked() {
        FakeServices.answer(ACCEPT, 200, """
                {"invitationId":"1a2b3c4d-1111-4222-8333-444455556666","roles":["district-signer"],"newAccount":false,
                 "passwordMailSent":false}""");
        FormSession.open(null, "/invitations/accept?token=" + TOKEN)
                .post("/invitations/accept", "token", TOKEN, "firstName", "", "lastName", " ")
                .then().statusCode(303).header("Location", endsWith("/invitations/accepted?account=existing&mail=unsent"));
        JsonPath body = JsonPath.from(FakeServices.callsTo("POST", ACCEPT).get(0).body());
        assertThat(body.getString("firstName")).isNull();
        assertThat(body.getString("lastName")).isNull();

        given().when().get("/invitations/accepted?account=existing&mail=unsent").then().statusCode(200)
                .body(allOf(containsString("linked to the account you already have"), not(containsString("password-mail"))));
    }

    @Test
    void aNewAccountWithoutNamesIsAskedForThemOnTheSameForm() {
        FakeServices.answer(ACCEPT, 422, """
                {"title":"The request cannot be carried out","status":422,"detail":"A new account needs a first and a last name",
                 "errors":[{"field":"firstName","message":"A new account needs a first and a last name"}]}""");
        FormSession.open(null, "/invitations/accept?token=" + TOKEN)
                .post("/invitations/accept", "token", TOKEN, "firstName", "Grace")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("id=\"problem\""), containsString("A new account needs a first and a last name"),
                        containsString("value=\"Grace\""), containsString("value=\"" + TOKEN + "\""),
                        containsString("id=\"accept-form\"")));
    }

    @Test
    void aWithdrawnInvitationIsA410PageAndAReplacedLinkA404Page() {
        FakeServices.answer(ACCEPT, 410, """
                {"title":"The link no longer works","status":410,"detail":"This invitation was withdrawn; ask whoever invited you"}""");
        FormSession.open(null, "/invitations/accept?token=" + TOKEN)
                .post("/invitations/accept", "token", TOKEN)
                .then().statusCode(410).contentType(ContentType.HTML)
                .body(allOf(containsString("This link no longer works"),
                        containsString("This invitation was withdrawn; ask whoever invited you.")));

        FakeServices.answer(ACCEPT, 404, "{\"title\":\"Not found\",\"status\":404}");
        FormSession.open(null, "/invitations/accept?token=" + TOKEN)
                .post("/invitations/accept", "token", TOKEN)
                .then().statusCode(404).body(allOf(containsString("This link does not work"),
                        containsString("send the invitation again")));
    }
}
