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

/** Audits: notice with the earliest start, the vendor's confirmation or dates, the district's acceptance and outcome. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class AuditPagesTest {

    private static final String LIST = "/api/audits";
    private static final String ONE = LIST + "/" + Cases.AUDIT;

    @BeforeEach
    void anAuditNoticed() {
        FakeObligations.reset();
        FakeObligations.answer("GET", LIST, 200, "{\"items\":[" + Cases.audit("NOTICED") + "],\"page\":0,\"size\":20,\"total\":1}");
        FakeObligations.answer("GET", ONE, 200, Cases.audit("NOTICED"));
        FakeObligations.answer("POST", LIST, 201, Cases.audit("NOTICED"));
        for (String step : new String[] {"/confirmation", "/reschedule", "/dates-accepted", "/outcome"}) {
            FakeObligations.answer("POST", ONE + step, 200, Cases.audit("CONFIRMED"));
        }
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theListShowsScopeAndDatesEscaped() {
        FormSession.as(Tokens.bearer("coordinator")).when().get("/audits").then().statusCode(200)
                .body(allOf(containsString("Access &lt;i&gt;logs&lt;/i&gt;"), containsString("2030-03-18 to 2030-03-20"),
                        containsString("id=\"audit-filter\"")));
    }

    @Test
    void givingNoticeSendsTheDatesAndGoesToTheAudit() {
        FormSession form = FormSession.open(Tokens.bearer("maple-signer"), "/audits/new?agreementId=" + Cases.AGREEMENT);
        form.post("/audits", "agreementId", Cases.AGREEMENT, "scope", "Access logs", "proposedStart", "2030-03-18",
                        "proposedEnd", "2030-03-20")
                .then().statusCode(303).header("Location", endsWith("/audits/" + Cases.AUDIT + "?done=noticed"));
        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", LIST).get(0).body());
        assertThat(body.getString("agreementId")).isEqualTo(Cases.AGREEMENT);
        assertThat(body.getString("scope")).isEqualTo("Access logs");
        assertThat(body.getString("proposedStart")).isEqualTo("2030-03-18");
        assertThat(body.getString("proposedEnd")).isEqualTo("2030-03-20");
    }

    @Test
    void tooEarlyDatesAreRefusedWithTheEarliestStart() {
        FakeObligations.answer("POST", LIST, 422, """
                {"title":"Unprocessable","status":422,"errors":[{"field":"proposedStart","message":"must be on or after 2030-03-15 (10 business days of notice)"}]}""");
        FormSession.open(Tokens.bearer("maple-staff"), "/audits/new?agreementId=" + Cases.AGREEMENT)
                .post("/audits", "agreementId", Cases.AGREEMENT, "scope", "Logs <all>", "proposedStart", "2030-03-02",
                        "proposedEnd", "2030-03-03")
                .then().statusCode(200).body(allOf(containsString("must be on or after 2030-03-15"),
                        containsString("Logs &lt;all&gt;</textarea>"), containsString("value=\"2030-03-02\"")));
    }

    @Test
    void theVendorConfirmsOrProposesOtherDates() {
        FormSession audit = FormSession.open(Tokens.bearer("brightpath-staff"), "/audits/" + Cases.AUDIT);
        assertThat(audit.html()).contains("id=\"confirm-form\"", "id=\"reschedule-form\"", "not before 2030-03-15")
                .doesNotContain("id=\"outcome-form\"", "id=\"accept-dates-form\"");
        audit.post("/audits/" + Cases.AUDIT + "/confirmation").then().statusCode(303).header("Location", endsWith("?done=confirmed"));
        audit.post("/audits/" + Cases.AUDIT + "/reschedule", "start", "2030-03-25", "end", "2030-03-26")
                .then().statusCode(303).header("Location", endsWith("?done=proposed"));
        JsonPath dates = JsonPath.from(FakeObligations.callsTo("POST", ONE + "/reschedule").get(0).body());
        assertThat(dates.getString("start")).isEqualTo("2030-03-25");
        assertThat(dates.getString("end")).isEqualTo("2030-03-26");

        FormSession.as(Tokens.bearer("maple-staff")).when().get("/audits/" + Cases.AUDIT).then().statusCode(200)
                .body(not(containsString("id=\"confirm-form\"")));
    }

    @Test
    void theDistrictAcceptsTheVendorsDatesThenRecordsTheOutcome() {
        FakeObligations.answer("GET", ONE, 200, Cases.audit("RESCHEDULE_PROPOSED"));
        FormSession proposed = FormSession.open(Tokens.bearer("maple-staff"), "/audits/" + Cases.AUDIT);
        assertThat(proposed.html()).contains("id=\"accept-dates-form\"", "Vendor's dates").doesNotContain("id=\"confirm-form\"");
        proposed.post("/audits/" + Cases.AUDIT + "/dates-accepted").then().statusCode(303).header("Location", endsWith("?done=dates-accepted"));

        FakeObligations.answer("GET", ONE, 200, Cases.audit("CONFIRMED"));
        FormSession confirmed = FormSession.open(Tokens.bearer("maple-staff"), "/audits/" + Cases.AUDIT);
        assertThat(confirmed.html()).contains("id=\"outcome-form\"", "name=\"remediation.0.item\"", "Item 1");
        confirmed.post("/audits/" + Cases.AUDIT + "/outcome", "findings", "Two gaps", "remediation.0.item", "Rotate keys",
                        "remediation.0.dueOn", "2030-05-01", "remediation.1.item", "", "remediation.1.dueOn", "")
                .then().statusCode(303).header("Location", endsWith("?done=closed"));
        JsonPath outcome = JsonPath.from(FakeObligations.callsTo("POST", ONE + "/outcome").get(0).body());
        assertThat(outcome.getString("findings")).isEqualTo("Two gaps");
        assertThat(outcome.getList("remediation")).hasSize(1);
        assertThat(outcome.getString("remediation[0].item")).isEqualTo("Rotate keys");
        assertThat(outcome.getString("remediation[0].dueOn")).isEqualTo("2030-05-01");

        FormSession.as(Tokens.bearer("coordinator")).when().get("/audits/" + Cases.AUDIT).then().statusCode(200)
                .body(allOf(not(containsString("id=\"outcome-form\"")), not(containsString("csrf-token"))));
    }
}
