package org.compactdpa.portal.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeObligations;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Returning or destroying a district's data: the list, the request, the signer's attestation, accepting or disputing. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class DispositionPagesTest {

    private static final String LIST = "/api/dispositions";
    private static final String ONE = LIST + "/" + Cases.REQUEST;

    @BeforeEach
    void aRequestWaitingForTheVendor() {
        FakeObligations.reset();
        FakeObligations.answer("GET", LIST, 200, "{\"items\":[" + Cases.request("REQUESTED") + "],\"page\":0,\"size\":20,\"total\":1}");
        FakeObligations.answer("GET", ONE, 200, Cases.request("REQUESTED"));
        FakeObligations.answer("POST", LIST, 201, Cases.request("REQUESTED"));
        FakeObligations.answer("POST", ONE + "/attestation", 200, Cases.request("ATTESTED"));
        FakeObligations.answer("POST", ONE + "/acceptance", 200, Cases.request("ACCEPTED"));
        FakeObligations.answer("POST", ONE + "/dispute", 200, Cases.request("DISPUTED"));
        FakeServices.answer("/api/agreements/" + Cases.AGREEMENT, 200, """
                {"id":"%s","status":"EXECUTED","vendor":"Brightpath <Learning>","districtId":"%s",
                 "products":[{"productId":"%s","name":"Reader","dataElements":["STUDENT_NAME"]}]}"""
                .formatted(Cases.AGREEMENT, Cases.DISTRICT, Cases.PRODUCT));
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theListFiltersByStatusAndFlagsOverdueRequests() {
        FormSession.as(Tokens.bearer("maple-staff")).when().get("/dispositions?status=REQUESTED").then().statusCode(200)
                .body(allOf(containsString("<option value=\"REQUESTED\" selected>"), containsString("<span class=\"badge bad\">Overdue</span>"),
                        containsString("href=\"/dispositions/" + Cases.REQUEST + "\"")));
        assertThat(FakeObligations.callsTo("GET", LIST).get(0).query()).contains("status=REQUESTED");
        FormSession.as(Tokens.bearer("maple-staff")).when().get("/dispositions?status=NONSENSE").then().statusCode(200);
        assertThat(FakeObligations.callsTo("GET", LIST).get(1).query()).doesNotContain("status=");
    }

    @Test
    void theDistrictAsksForTheDestructionOfItsData() {
        FormSession form = FormSession.open(Tokens.bearer("maple-staff"), "/dispositions/new?agreementId=" + Cases.AGREEMENT);
        assertThat(form.html()).contains("Brightpath &lt;Learning&gt;", "name=\"productIds\" value=\"" + Cases.PRODUCT + "\"",
                "name=\"agreementId\" value=\"" + Cases.AGREEMENT + "\"");

        form.post("/dispositions", "agreementId", Cases.AGREEMENT, "action", "DESTROY", "productIds", Cases.PRODUCT,
                        "returnFormat", "", "note", "All rosters")
                .then().statusCode(303).header("Location", endsWith("/dispositions/" + Cases.REQUEST + "?done=requested"));
        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", LIST).get(0).body());
        assertThat(body.getString("agreementId")).isEqualTo(Cases.AGREEMENT);
        assertThat(body.getString("action")).isEqualTo("DESTROY");
        assertThat(body.getList("productIds", String.class)).containsExactly(Cases.PRODUCT);
        assertThat(body.getString("returnFormat")).isNull();
        assertThat(body.getString("note")).isEqualTo("All rosters");
    }

    @Test
    void aSecondRequestIsRefusedAboveTheForm() {
        FakeObligations.answer("POST", LIST, 409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"A request for this agreement is open already\"}");
        FormSession.open(Tokens.bearer("maple-staff"), "/dispositions/new?agreementId=" + Cases.AGREEMENT)
                .post("/dispositions", "agreementId", Cases.AGREEMENT, "action", "RETURN", "returnFormat", "CSV <SFTP>")
                .then().statusCode(200).body(allOf(containsString("A request for this agreement is open already"),
                        containsString("value=\"CSV &lt;SFTP&gt;\""), containsString("value=\"RETURN\" required checked")));
    }

    @Test
    void theSignerAttestsBoundToTheHashOfTheRequestShown() {
        FormSession request = FormSession.open(Tokens.bearer("brightpath-signer"), "/dispositions/" + Cases.REQUEST);
        assertThat(request.html()).contains("id=\"request-sha256\">" + Cases.SHA + "<",
                "<input type=\"hidden\" name=\"requestSha256\" value=\"" + Cases.SHA + "\">", "id=\"intent\"", "id=\"consent\"",
                "id=\"overdue\"", "All &lt;b&gt;rosters&lt;/b&gt;").doesNotContain("id=\"accept-form\"");

        request.post("/dispositions/" + Cases.REQUEST + "/attestation", "method", "Secure deletion", "completedOn", "2030-03-20",
                        "disposed", "Every roster", "exceptions", "", "intent", "on", "consent", "on", "requestSha256", Cases.SHA)
                .then().statusCode(303).header("Location", endsWith("?done=attested"));
        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", ONE + "/attestation").get(0).body());
        assertThat(body.getString("requestSha256")).isEqualTo(Cases.SHA);
        assertThat(body.getBoolean("intent")).isTrue();
        assertThat(body.getBoolean("consentToElectronicRecords")).isTrue();
        assertThat(body.getString("completedOn")).isEqualTo("2030-03-20");
        assertThat(body.getString("method")).isEqualTo("Secure deletion");
    }

    @Test
    void withoutTheTwoBoxesTheServicesRefusalIsShown() {
        FakeObligations.answer("POST", ONE + "/attestation", 400, """
                {"title":"Bad Request","status":400,"errors":[{"field":"intent","message":"must be true: you intend to sign this attestation"}]}""");
        FormSession.open(Tokens.bearer("brightpath-signer"), "/dispositions/" + Cases.REQUEST)
                .post("/dispositions/" + Cases.REQUEST + "/attestation", "method", "Shred", "completedOn", "2030-03-20",
                        "disposed", "All", "requestSha256", Cases.SHA)
                .then().statusCode(200).body(allOf(containsString("you intend to sign this attestation"), containsString("value=\"Shred\"")));
        assertThat(JsonPath.from(FakeObligations.callsTo("POST", ONE + "/attestation").get(0).body()).getBoolean("intent")).isFalse();
    }

    @Test
    void onlyAVendorSignerSeesTheAttestationForm() {
        FormSession.as(Tokens.bearer("brightpath-staff")).when().get("/dispositions/" + Cases.REQUEST).then().statusCode(200)
                .body(allOf(containsString(Cases.SHA), not(containsString("id=\"attestation-form\""))));
        FormSession.as(Tokens.bearer("maple-signer")).when().get("/dispositions/" + Cases.REQUEST).then().statusCode(200)
                .body(not(containsString("id=\"attestation-form\"")));
        FormSession.as(Tokens.bearer("brightpath-staff")).contentType("application/x-www-form-urlencoded")
                .when().post("/dispositions/" + Cases.REQUEST + "/attestation").then().statusCode(403);
        assertThat(FakeObligations.callsTo("POST", ONE + "/attestation")).isEmpty();
    }

    @Test
    void theDistrictAcceptsOrDisputesAnAttestation() {
        FakeObligations.answer("GET", ONE, 200, Cases.request("ATTESTED"));
        FormSession attested = FormSession.open(Tokens.bearer("maple-staff"), "/dispositions/" + Cases.REQUEST);
        assertThat(attested.html()).contains("id=\"accept-form\"", "id=\"dispute-form\"", "Sam Signer", "Every roster")
                .doesNotContain("id=\"attestation-form\"");

        attested.post("/dispositions/" + Cases.REQUEST + "/acceptance").then().statusCode(303).header("Location", endsWith("?done=accepted"));
        attested.post("/dispositions/" + Cases.REQUEST + "/dispute", "reason", "Backups remain")
                .then().statusCode(303).header("Location", endsWith("?done=disputed"));
        assertThat(JsonPath.from(FakeObligations.callsTo("POST", ONE + "/dispute").get(0).body()).getString("reason"))
                .isEqualTo("Backups remain");
        assertThat(FakeObligations.callsTo("POST", ONE + "/acceptance")).hasSize(1);
    }

    @Test
    void aTamperedAgreementIdIsA400Page() {
        FormSession.as(Tokens.bearer("maple-staff")).when().get("/dispositions/new?agreementId=not-an-id").then().statusCode(400);
        FormSession.as(Tokens.bearer("brightpath-signer")).when().get("/dispositions/new?agreementId=" + Cases.AGREEMENT)
                .then().statusCode(403);
    }
}
