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
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Breach incidents: the list, filing one, and one incident with the notices it owes, against a stand-in service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class IncidentPagesTest {

    private static final String INCIDENTS = "/api/incidents";
    private static final String ONE = INCIDENTS + "/" + Cases.INCIDENT;
    private static final String PRODUCTS_OF_VENDOR = "/api/products";
    private static final String AGREEMENTS = "/api/registry/agreements";

    @BeforeEach
    void anIncidentWithAnOverdueNotice() {
        FakeObligations.reset();
        String incident = Cases.incident("REPORTED", Cases.notice(Cases.NOTICE, "DUE", true, "null"));
        FakeObligations.answer("GET", INCIDENTS, 200, "{\"items\":[" + incident + "],\"page\":0,\"size\":20,\"total\":1}");
        FakeObligations.answer("GET", ONE, 200, incident);
        FakeObligations.answer("POST", INCIDENTS, 201, incident);
        FakeObligations.answer("POST", ONE + "/updates", 200, incident);
        FakeServices.answer(PRODUCTS_OF_VENDOR, 200, """
                {"items":[{"id":"%s","name":"Reader <Pro>"}],"page":0,"size":200,"total":1}""".formatted(Cases.PRODUCT));
        FakeServices.answer(AGREEMENTS, 200, """
                {"items":[{"id":"%s","status":"EXECUTED","vendorId":"%s","districtId":"%s","district":"Maple Unified"},
                 {"id":"%s","status":"AWAITING_DISTRICT","vendorId":"%s","districtId":"%s","district":"Harbor"}],
                 "page":0,"size":200,"total":2}""".formatted(Cases.AGREEMENT, Cases.VENDOR, Cases.DISTRICT,
                "22222222-0000-4000-8000-000000000001", Cases.VENDOR, DemoOrganisations.HARBOR));
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theListShowsEachIncidentWithItsNoticesEscaped() {
        String page = FormSession.as(Tokens.bearer("maple-staff")).when().get("/incidents").then().statusCode(200)
                .extract().asString();

        assertThat(page).contains("Exposed &lt;script&gt;bucket&lt;/script&gt;", "href=\"/breach-notices/" + Cases.NOTICE + "\"",
                "due 2030-03-04 09:30 UTC", "<span class=\"badge bad\">Overdue</span>", "id=\"nav-obligations\"")
                .doesNotContain("<script>bucket", "id=\"file-incident\"");
        assertThat(FakeObligations.callsTo("GET", INCIDENTS)).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo(Tokens.bearer("maple-staff")));
    }

    @Test
    void theFormOffersTheVendorsProductsTheExhibitBElementsAndDistrictsInForce() {
        String page = FormSession.open(Tokens.bearer("brightpath-staff"), "/incidents/new").html();

        assertThat(page).contains("name=\"productIds\" value=\"" + Cases.PRODUCT + "\"", "Reader &lt;Pro&gt;",
                "name=\"dataElements\" value=\"STUDENT_NAME\"", "name=\"districtIds\" value=\"" + Cases.DISTRICT + "\"",
                "Maple Unified", "id=\"discoveredOn\"", "id=\"discoveredTime\"")
                .doesNotContain(DemoOrganisations.HARBOR.toString());
        assertThat(FakeServices.callsTo("GET", PRODUCTS_OF_VENDOR).get(FakeServices.callsTo("GET", PRODUCTS_OF_VENDOR).size() - 1)
                .query()).contains("vendorId=" + Cases.VENDOR);
    }

    @Test
    void filingSendsTheIncidentAndShowsTheNoticesOwed() {
        FormSession form = FormSession.open(Tokens.bearer("brightpath-signer"), "/incidents/new");
        form.post("/incidents", "discoveredOn", "2030-03-01", "discoveredTime", "09:30", "summary", "Exposed bucket",
                        "productIds", Cases.PRODUCT, "dataElements", "STUDENT_NAME", "dataElements", "STUDENT_ID",
                        "districtIds", Cases.DISTRICT, "studentsAffected", "About 40", "contactName", "Pat Lee",
                        "contactEmail", "security@brightpath.example", "contactPhone", "", "actionsTaken", "Locked it")
                .then().statusCode(303).header("Location", endsWith("/incidents/" + Cases.INCIDENT + "?done=filed"));

        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", INCIDENTS).get(0).body());
        assertThat(body.getString("discoveredAt")).isEqualTo("2030-03-01T09:30:00Z");
        assertThat(body.getList("productIds", String.class)).containsExactly(Cases.PRODUCT);
        assertThat(body.getList("dataElements", String.class)).containsExactly("STUDENT_NAME", "STUDENT_ID");
        assertThat(body.getList("districtIds", String.class)).containsExactly(Cases.DISTRICT);
        assertThat(body.getString("contactEmail")).isEqualTo("security@brightpath.example");
        assertThat(body.getString("contactPhone")).isNull();

        FormSession.as(Tokens.bearer("brightpath-signer")).when().get("/incidents/" + Cases.INCIDENT + "?done=filed")
                .then().statusCode(200).body(allOf(containsString("id=\"done\""), containsString("2030-03-04 09:30 UTC"),
                        containsString("id=\"overdue-" + Cases.NOTICE + "\""), containsString("72 hours"),
                        containsString("href=\"/districts/" + Cases.DISTRICT + "\""), containsString("id=\"update-form\"")));
    }

    @Test
    void aRefusalIsSaidAboveTheFormAsTyped() {
        FakeObligations.answer("POST", INCIDENTS, 422, """
                {"title":"Unprocessable","status":422,"detail":"No agreement of yours in force covers these products"}""");
        FormSession.open(Tokens.bearer("brightpath-staff"), "/incidents/new").post("/incidents", "discoveredOn", "2030-03-01",
                        "discoveredTime", "09:30", "summary", "Typed <here>", "productIds", Cases.PRODUCT, "contactName", "Pat")
                .then().statusCode(200).body(allOf(containsString("No agreement of yours in force covers these products"),
                        containsString("Typed &lt;here&gt;</textarea>"),
                        containsString("value=\"" + Cases.PRODUCT + "\" checked"), containsString("value=\"2030-03-01\"")));
    }

    @Test
    void aMistypedDateIsSaidWithoutAskingTheService() {
        FormSession.open(Tokens.bearer("brightpath-staff"), "/incidents/new").post("/incidents", "discoveredOn", "yesterday",
                        "discoveredTime", "09:30", "summary", "x")
                .then().statusCode(200).body(allOf(containsString("id=\"problem\""), containsString("discoveredAt")));
        assertThat(FakeObligations.callsTo("POST", INCIDENTS)).isEmpty();
    }

    @Test
    void theVendorPostsUpdatesTheDistrictOnlyReads() {
        FormSession incident = FormSession.open(Tokens.bearer("brightpath-staff"), "/incidents/" + Cases.INCIDENT);
        incident.post("/incidents/" + Cases.INCIDENT + "/updates", "stage", "CONTAINED", "text", "Keys rotated")
                .then().statusCode(303).header("Location", endsWith("/incidents/" + Cases.INCIDENT + "?done=updated"));
        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", ONE + "/updates").get(0).body());
        assertThat(body.getString("stage")).isEqualTo("CONTAINED");
        assertThat(body.getString("text")).isEqualTo("Keys rotated");

        FormSession.as(Tokens.bearer("maple-staff")).when().get("/incidents/" + Cases.INCIDENT).then().statusCode(200)
                .body(allOf(containsString("Exposed &lt;script&gt;"), not(containsString("id=\"update-form\""))));
        FormSession.as(Tokens.bearer("coordinator")).when().get("/incidents/" + Cases.INCIDENT).then().statusCode(200)
                .body(not(containsString("id=\"update-form\"")));
    }

    @Test
    void onlyTheVendorsPeopleFileIncidents() {
        FormSession.as(Tokens.bearer("maple-signer")).when().get("/incidents/new").then().statusCode(403);
        FormSession.as(Tokens.bearer("coordinator")).when().get("/incidents/new").then().statusCode(403);
        assertThat(FakeObligations.CALLS).isEmpty();
    }

    @Test
    void anUnknownIncidentIsA404Page() {
        FormSession.as(Tokens.bearer("brightpath-staff")).when().get("/incidents/" + Cases.AUDIT).then().statusCode(404)
                .contentType("text/html");
    }
}
