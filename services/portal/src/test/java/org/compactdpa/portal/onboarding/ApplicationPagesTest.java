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

/** A company registering itself, against a stand-in accounts service: the form, the mailed link's page, the answers. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class ApplicationPagesTest {

    private static final String APPLY = "/api/vendor-applications";
    private static final String CONFIRM = "/api/vendor-applications/confirm";
    /** 43 characters of URL-safe Base64, as the accounts service writes its tokens. */
    private static final String TOKEN = "q3Vx-9a_Tb2LmN0pQrStUvWxYz0123456789abcdEFG";

    @BeforeEach
    void anAccountsServiceThatAccepts() {
        FakeServices.answer(APPLY, 201, """
                {"id":"c0ffee00-1111-4222-8333-444455556666","status":"SUBMITTED","email":"ada@lumen.example",
                 "linkExpiresAt":"2030-01-03T10:00:00Z"}""");
        FakeServices.answer(CONFIRM, 200, """
                {"applicationId":"c0ffee00-1111-4222-8333-444455556666","status":"CONFIRMED",
                 "vendorId":"d00d0000-1111-4222-8333-444455556666","personId":"p1","email":"ada@lumen.example",
                 "roles":["vendor-admin","vendor-staff","vendor-signer"],"passwordMailSent":true}""");
        FakeServices.forgetCalls();
    }

    @Test
    void visitorsFindTheRegistrationInTheHeaderAndEveryFieldHasTheServicesLimit() {
        FakeServices.answer("/api/registry/agreements", 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
        given().when().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/vendor-applications/new\" id=\"register-company\">Register your company</a>"));

        String form = FormSession.open(null, "/vendor-applications/new").html();
        assertThat(form).contains("action=\"/vendor-applications\"", "id=\"apply\"")
                .contains("name=\"company\" type=\"text\" required maxlength=\"300\"")
                .contains("name=\"legalName\" type=\"text\" required maxlength=\"300\"")
                .contains("name=\"website\" type=\"url\" required maxlength=\"2000\"")
                .contains("name=\"contactFirstName\" type=\"text\" required maxlength=\"200\"")
                .contains("name=\"contactLastName\" type=\"text\" required maxlength=\"200\"")
                .contains("name=\"email\" type=\"email\" required maxlength=\"254\"")
                .contains("type=\"checkbox\" name=\"authorityToSign\"");
        assertThat(FakeServices.callsTo("POST", APPLY)).as("nothing is applied for by opening the form").isEmpty();
    }

    @Test
    void applyingSendsTheFormAsJsonWithoutATokenAndSaysToCheckTheMail() {
        FormSession.open(null, "/vendor-applications/new")
                .post("/vendor-applications", "company", " Lumen Learning ", "legalName", "Lumen Learning, Inc.",
                        "website", "https://lumen.example", "contactFirstName", "Ada", "contactLastName", "Okafor",
                        "email", "ada@lumen.example", "authorityToSign", "on")
                .then().statusCode(303).header("Location", endsWith("/vendor-applications/sent"));

        FakeServices.Call call = FakeServices.callsTo("POST", APPLY).get(0);
        JsonPath body = JsonPath.from(call.body());
        assertThat(body.getString("company")).isEqualTo("Lumen Learning");
        assertThat(body.getString("legalName")).isEqualTo("Lumen Learning, Inc.");
        assertThat(body.getString("website")).isEqualTo("https://lumen.example");
        assertThat(body.getString("contactFirstName")).isEqualTo("Ada");
        assertThat(body.getString("contactLastName")).isEqualTo("Okafor");
        assertThat(body.getString("email")).isEqualTo("ada@lumen.example");
        assertThat(body.getBoolean("authorityToSign")).isTrue();
        assertThat(call.authorization()).as("nobody is signed in").isNull();

        given().when().get("/vendor-applications/sent").then().statusCode(200)
                .body(allOf(containsString("Check your mail"), containsString("id=\"applied\"")));
    }

    @Test
    void anUntickedAuthorityIsSentAsNo() {
        FormSession.open(null, "/vendor-applications/new")
                .post("/vendor-applications", "company", "Lumen", "legalName", "Lumen, Inc.", "website", "https://lumen.example",
                        "contactFirstName", "Ada", "contactLastName", "Okafor", "email", "ada@lumen.example")
                .then().statusCode(303);
        assertThat(JsonPath.from(FakeServices.callsTo("POST", APPLY).get(0).body()).getBoolean("authorityToSign")).isFalse();
    }

    @Test
    void aRefusedApplicationIsSaidAboveTheFormAsItWasTyped() {
        FakeServices.answer(APPLY, 422, """
                {"title":"A field is over its limit","status":422,"detail":"contactFirstName: must not contain any of < > &",
                 "errors":[{"field":"contactFirstName","message":"must not contain any of < > &"}]}""");

        FormSession.open(null, "/vendor-applications/new")
                .post("/vendor-applications", "company", "Lumen <Learning>", "legalName", "Lumen, Inc.",
                        "website", "https://lumen.example", "contactFirstName", "Ada&", "contactLastName", "Okafor",
                        "email", "ada@lumen.example", "authorityToSign", "on")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("id=\"problem\""), containsString("<strong>contactFirstName</strong>"),
                        containsString("must not contain any of &lt; &gt; &amp;"),
                        containsString("value=\"Lumen &lt;Learning&gt;\""), containsString("value=\"Ada&amp;\""),
                        containsString("id=\"authorityToSign\" checked"), containsString("id=\"apply-form\"")));
    }

    @Test
    void tooManyApplicationsFromOneAddressAreSaidOnTheFormNotAsAFailure() {
        FakeServices.answer(APPLY, 429, """
                {"title":"Too many requests","status":429,
                 "detail":"Your address has sent more requests here than this service takes (10 a minute, 5 at once); try again in 42 s"}""");

        FormSession.open(null, "/vendor-applications/new")
                .post("/vendor-applications", "company", "Lumen", "legalName", "Lumen, Inc.", "website", "https://lumen.example",
                        "contactFirstName", "Ada", "contactLastName", "Okafor", "email", "ada@lumen.example")
                .then().statusCode(200)
                .body(allOf(containsString("Too many requests"), containsString("try again in 42 s"),
                        containsString("value=\"ada@lumen.example\"")));
    }

    @Test
    void openingTheMailedLinkChangesNothingUntilTheButtonIsPressed() {
        String page = FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN).html();

        assertThat(page).contains("action=\"/vendor-applications/confirm\"", "id=\"confirm\"",
                "<input type=\"hidden\" name=\"token\" value=\"" + TOKEN + "\">");
        assertThat(FakeServices.CALLS).as("calls made by opening the link").isEmpty();
    }

    @Test
    void confirmingSendsTheTokenAndSaysTheCompanyIsUnverifiedAndKeycloakMailedThePasswordLink() {
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN)
                .then().statusCode(303).header("Location", endsWith("/vendor-applications/confirmed?mail=sent"));
        assertThat(JsonPath.from(FakeServices.callsTo("POST", CONFIRM).get(0).body()).getString("token")).isEqualTo(TOKEN);

        given().when().get("/vendor-applications/confirmed?mail=sent").then().statusCode(200)
                .body(allOf(containsString("<strong>unverified</strong>"), containsString("(Keycloak) has mailed you a link"),
                        containsString("href=\"/login\"")));
        given().when().get("/vendor-applications/confirmed?mail=unsent").then().statusCode(200)
                .body(allOf(containsString("could not be sent"), containsString("Forgot password?"),
                        not(containsString("has mailed you a link"))));
    }

    @Test
    void aPasswordMailThatCouldNotBeSentLeadsToThePageSayingSo() {
        FakeServices.answer(CONFIRM, 200, """
                {"applicationId":"c0ffee00-1111-4222-8333-444455556666","status":"CONFIRMED","passwordMailSent":false}""");
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN)
                .then().statusCode(303).header("Location", endsWith("/vendor-applications/confirmed?mail=unsent"));
    }

    @Test
    void anUnknownLinkIsA404PageAndAUsedOrExpiredOneA410PageSayingWhy() {
        FakeServices.answer(CONFIRM, 404, """
                {"title":"Not found","status":404,"detail":"This link is not valid: it may have been mistyped, or replaced by a newer one"}""");
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN)
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(allOf(containsString("This link does not work"), containsString("apply again"),
                        not(containsString("id=\"confirm-form\""))));

        FakeServices.answer(CONFIRM, 410, """
                {"title":"The link no longer works","status":410,
                 "detail":"This link expired on 2030-01-03T10:00:00Z; apply again to get a new one"}""");
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN)
                .then().statusCode(410).contentType(ContentType.HTML)
                .body(allOf(containsString("This link no longer works"),
                        containsString("This link expired on 2030-01-03T10:00:00Z; apply again to get a new one."),
                        not(containsString("Exception"))));
    }

    @Test
    void anAddressWithAnAccountElsewhereIsSaidAboveTheButton() {
        FakeServices.answer(CONFIRM, 409, """
                {"title":"Conflict with the current state","status":409,
                 "detail":"ada@lumen.example already has an account of another organisation"}""");
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN)
                .then().statusCode(200)
                .body(allOf(containsString("id=\"problem\""), containsString("already has an account of another organisation"),
                        containsString("id=\"confirm-form\"")));
    }

    @Test
    void aLinkThatCannotBeOneOfOursIsA404PageWithoutAskingTheService() {
        given().when().get("/vendor-applications/confirm?token=cut-off").then().statusCode(404)
                .body(containsString("This link does not work"));
        given().when().get("/vendor-applications/confirm").then().statusCode(404)
                .body(containsString("This link does not work"));
        FormSession.open(null, "/vendor-applications/confirm?token=" + TOKEN)
                .post("/vendor-applications/confirm", "token", TOKEN + "<script>")
                .then().statusCode(404).body(not(containsString("<script>")));
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    @Test
    void aConfirmationWithoutTheFormsCsrfTokenIsRefusedAndNothingIsConfirmed() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("token", TOKEN)
                .when().post("/vendor-applications/confirm")
                .then().statusCode(400).contentType(ContentType.HTML);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("company", "Lumen")
                .when().post("/vendor-applications")
                .then().statusCode(400);
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }
}
