package org.compactdpa.portal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinators' queue of vendor applications and the checklist, against a stand-in accounts service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class ApplicationQueuePagesTest {

    private static final String ID = "c0ffee00-1111-4222-8333-444455556666";
    private static final String QUEUE = "/api/vendor-applications";
    private static final String ONE = QUEUE + "/" + ID;
    private static final String CONFIRMED = """
            {"id":"%s","status":"CONFIRMED","company":"Lumen <b>Learning</b>","legalName":"Lumen Learning, Inc.",
             "website":"https://lumen.example","contactName":"Ada Okafor","email":"ada@lumen.example",
             "signerAuthorityDeclared":true,"submittedAt":"2030-01-01T09:00:00Z","confirmedAt":"2030-01-01T09:30:00Z",
             "vendorId":"d00d0000-1111-4222-8333-444455556666"}""".formatted(ID);

    @BeforeEach
    void oneConfirmedApplication() {
        FakeServices.answer(QUEUE, 200, """
                {"items":[%s],"page":0,"size":20,"total":21}""".formatted(CONFIRMED));
        FakeServices.answer(ONE, 200, CONFIRMED);
        FakeServices.forgetAnswer("POST", ONE + "/verification");
        FakeServices.forgetAnswer("POST", ONE + "/refusal");
        FakeServices.forgetCalls();
    }

    @Test
    void theQueueShowsConfirmedApplicationsFirstPagedAndEscaped() {
        FormSession.as(Tokens.bearer("coordinator")).when().get("/coordinator/vendor-applications")
                .then().statusCode(200)
                .body(allOf(containsString("<a href=\"/coordinator/vendor-applications/" + ID + "\">Lumen &lt;b&gt;Learning&lt;/b&gt;</a>"),
                        containsString("ada@lumen.example"), containsString("Page 1 of 2"),
                        containsString("href=\"/coordinator/vendor-applications?status=CONFIRMED&amp;page=1\""),
                        containsString("<option value=\"CONFIRMED\" selected>"), containsString("id=\"nav-applications\"")));
        assertThat(FakeServices.LAST_QUERY.get(QUEUE)).contains("status=CONFIRMED").contains("page=0").contains("size=20");
        assertThat(FakeServices.callsTo("GET", QUEUE).get(0).authorization()).isEqualTo(Tokens.bearer("coordinator"));

        FormSession.as(Tokens.bearer("coordinator")).when().get("/coordinator/vendor-applications?status=ALL&page=1")
                .then().statusCode(200).body(containsString("<option value=\"ALL\" selected>"));
        assertThat(FakeServices.LAST_QUERY.get(QUEUE)).doesNotContain("status=").contains("page=1");
    }

    @Test
    void platformAdministratorsDecideApplicationsTooButDistrictStaffAndVisitorsDoNot() {
        FormSession.as(Tokens.bearer("admin")).when().get("/coordinator/vendor-applications").then().statusCode(200);
        FakeServices.forgetCalls();

        FormSession.as(Tokens.bearer("maple-staff")).when().get("/coordinator/vendor-applications")
                .then().statusCode(403).body(containsString("Not available to your account"));
        FormSession.as(Tokens.bearer("brightpath-staff")).when().get("/coordinator/vendor-applications/" + ID)
                .then().statusCode(403);
        FormSession.as(null).when().get("/coordinator/vendor-applications")
                .then().statusCode(302).header("Location",
                        startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)));
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    @Test
    void verifyingSendsTheTickedChecklistAndTheNote() {
        FakeServices.answer("POST", ONE + "/verification", 200, CONFIRMED.replace("CONFIRMED", "VERIFIED"));
        FormSession page = FormSession.open(Tokens.bearer("coordinator"), "/coordinator/vendor-applications/" + ID);
        assertThat(page.html()).contains("id=\"verify-form\"", "name=\"companyIdentity\"", "name=\"signerAuthority\"",
                "name=\"breachContact\"", "name=\"note\" required maxlength=\"2000\"", "id=\"refuse-form\"",
                "name=\"reason\" required maxlength=\"2000\"", "the applicant may sign agreements for the company");

        page.post("/coordinator/vendor-applications/" + ID + "/verification", "companyIdentity", "on",
                        "signerAuthority", "on", "breachContact", "on", "note", "Checked the state register and called the CISO")
                .then().statusCode(303).header("Location", endsWith("/coordinator/vendor-applications/" + ID + "?done=verified"));

        JsonPath body = JsonPath.from(FakeServices.callsTo("POST", ONE + "/verification").get(0).body());
        assertThat(body.getBoolean("companyIdentity")).isTrue();
        assertThat(body.getBoolean("signerAuthority")).isTrue();
        assertThat(body.getBoolean("breachContact")).isTrue();
        assertThat(body.getString("note")).isEqualTo("Checked the state register and called the CISO");
    }

    @Test
    void anIncompleteChecklistIsRefusedOnThePageWithTheNoteKept() {
        FakeServices.answer("POST", ONE + "/verification", 422, """
                {"title":"The request cannot be carried out","status":422,"detail":"breachContact: must be confirmed",
                 "errors":[{"field":"breachContact","message":"must be confirmed"}]}""");
        FormSession page = FormSession.open(Tokens.bearer("coordinator"), "/coordinator/vendor-applications/" + ID);

        page.post("/coordinator/vendor-applications/" + ID + "/verification", "companyIdentity", "on",
                        "signerAuthority", "on", "note", "Called them")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"problem\""), containsString("<strong>breachContact</strong>: must be confirmed"),
                        containsString(">Called them</textarea>"), containsString("id=\"verify-form\"")));
        assertThat(JsonPath.from(FakeServices.callsTo("POST", ONE + "/verification").get(0).body())
                .getBoolean("breachContact")).isFalse();
    }

    @Test
    void refusingSendsTheReasonAndADecidedApplicationOffersNoForms() {
        String refused = CONFIRMED.replace("\"CONFIRMED\"", "\"REFUSED\"").replace("\"vendorId\"",
                "\"decision\":{\"by\":\"u1\",\"byName\":\"Casey Coordinator\",\"at\":\"2030-01-02T10:00:00Z\",\"note\":\"Not an edtech company\"},\"vendorId\"");
        FakeServices.answer("POST", ONE + "/refusal", 200, refused);
        FormSession page = FormSession.open(Tokens.bearer("coordinator"), "/coordinator/vendor-applications/" + ID);

        page.post("/coordinator/vendor-applications/" + ID + "/refusal", "reason", "Not an edtech company")
                .then().statusCode(303).header("Location", endsWith("?done=refused"));
        assertThat(JsonPath.from(FakeServices.callsTo("POST", ONE + "/refusal").get(0).body()).getString("reason"))
                .isEqualTo("Not an edtech company");

        FakeServices.answer(ONE, 200, refused);
        FormSession.as(Tokens.bearer("coordinator")).when().get("/coordinator/vendor-applications/" + ID + "?done=refused")
                .then().statusCode(200)
                .body(allOf(containsString("The application is refused."), containsString("Casey Coordinator"),
                        containsString("Not an edtech company"), not(containsString("id=\"verify-form\"")),
                        not(containsString("id=\"refuse-form\""))));
    }

    @Test
    void anApplicationDecidedMeanwhileIsSaidOnThePage() {
        FakeServices.answer("POST", ONE + "/refusal", 409, """
                {"title":"Conflict with the current state","status":409,"detail":"The vendor of this application was verified already"}""");
        FormSession.open(Tokens.bearer("coordinator"), "/coordinator/vendor-applications/" + ID)
                .post("/coordinator/vendor-applications/" + ID + "/refusal", "reason", "Too late")
                .then().statusCode(200)
                .body(allOf(containsString("was verified already"), containsString(">Too late</textarea>")));
    }
}
