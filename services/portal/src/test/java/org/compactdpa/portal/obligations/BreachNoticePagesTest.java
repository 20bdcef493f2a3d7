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

/** One breach notice: the vendor's delivery, the district's acknowledgement, the thread; coordinators only read. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class BreachNoticePagesTest {

    private static final String DUE = "/api/breach-notices/" + Cases.NOTICE;
    private static final String DELIVERED = "/api/breach-notices/" + Cases.DELIVERED;
    private static final String THREAD = """
            {"items":[{"id":"ffffffff-0000-4000-8000-000000000001","party":"DISTRICT","author":"Dana <Admin>",
             "text":"Which <b>grades</b>?","createdAt":"2030-03-02T11:00:00Z"}],"page":0,"size":100,"total":1}""";

    @BeforeEach
    void oneNoticeDueOneDelivered() {
        FakeObligations.reset();
        FakeObligations.answer("GET", DUE, 200, Cases.notice(Cases.NOTICE, "DUE", true, "null"));
        FakeObligations.answer("GET", DUE + "/messages", 200, THREAD);
        FakeObligations.answer("POST", DUE + "/delivery", 200, Cases.notice(Cases.NOTICE, "DELIVERED", true, "null"));
        FakeObligations.answer("POST", DUE + "/messages", 201, "{}");
        FakeObligations.answer("GET", DELIVERED, 200, Cases.notice(Cases.DELIVERED, "DELIVERED", false,
                "\"{\\\"whatHappened\\\":\\\"A <script>leak</script>\\\",\\\"dataAffected\\\":\\\"Names\\\",\\\"remediation\\\":\\\"Rotated\\\",\\\"contact\\\":\\\"Pat\\\"}\""));
        FakeObligations.answer("GET", DELIVERED + "/messages", 200, "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");
        FakeObligations.answer("POST", DELIVERED + "/acknowledgement", 200, "{}");
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theVendorDeliversWithTheContentTheTermsRequire() {
        FormSession notice = FormSession.open(Tokens.bearer("brightpath-staff"), "/breach-notices/" + Cases.NOTICE);
        assertThat(notice.html()).contains("id=\"delivery-form\"", "id=\"overdue\"", "2030-03-04 09:30 UTC",
                        "Dana &lt;Admin&gt;", "Which &lt;b&gt;grades&lt;/b&gt;?", "id=\"message-form\"")
                .doesNotContain("id=\"acknowledge-form\"", "<b>grades");

        notice.post("/breach-notices/" + Cases.NOTICE + "/delivery", "whatHappened", "A bucket was public",
                        "dataAffected", "Names", "studentsAffected", "", "remediation", "Closed it", "contact", "Pat Lee")
                .then().statusCode(303).header("Location", endsWith("/breach-notices/" + Cases.NOTICE + "?done=delivered"));
        JsonPath body = JsonPath.from(FakeObligations.callsTo("POST", DUE + "/delivery").get(0).body());
        assertThat(body.getString("whatHappened")).isEqualTo("A bucket was public");
        assertThat(body.getString("dataAffected")).isEqualTo("Names");
        assertThat(body.getString("studentsAffected")).isNull();
        assertThat(body.getString("remediation")).isEqualTo("Closed it");
        assertThat(body.getString("contact")).isEqualTo("Pat Lee");
    }

    @Test
    void aRefusedDeliveryIsSaidWithTheTextKept() {
        FakeObligations.answer("POST", DUE + "/delivery", 409, """
                {"title":"Conflict","status":409,"detail":"This notice was delivered already"}""");
        FormSession.open(Tokens.bearer("brightpath-staff"), "/breach-notices/" + Cases.NOTICE)
                .post("/breach-notices/" + Cases.NOTICE + "/delivery", "whatHappened", "Kept <text>")
                .then().statusCode(200).body(allOf(containsString("This notice was delivered already"),
                        containsString("Kept &lt;text&gt;</textarea>")));
    }

    @Test
    void theDistrictAcknowledgesADeliveredNoticeAndReadsWhatItWasTold() {
        FormSession notice = FormSession.open(Tokens.bearer("maple-staff"), "/breach-notices/" + Cases.DELIVERED);
        assertThat(notice.html()).contains("id=\"acknowledge-form\"", "A &lt;script&gt;leak&lt;/script&gt;", "Rotated",
                "id=\"message-form\"").doesNotContain("id=\"delivery-form\"", "<script>leak");

        notice.post("/breach-notices/" + Cases.DELIVERED + "/acknowledgement")
                .then().statusCode(303).header("Location", endsWith("?done=acknowledged"));
        assertThat(FakeObligations.callsTo("POST", DELIVERED + "/acknowledgement")).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo("{}"));
    }

    @Test
    void bothPartiesWriteInTheThread() {
        FormSession.open(Tokens.bearer("maple-signer"), "/breach-notices/" + Cases.NOTICE)
                .post("/breach-notices/" + Cases.NOTICE + "/messages", "text", "Which grades?")
                .then().statusCode(303).header("Location", endsWith("?done=posted"));
        assertThat(JsonPath.from(FakeObligations.callsTo("POST", DUE + "/messages").get(0).body()).getString("text"))
                .isEqualTo("Which grades?");
    }

    @Test
    void coordinatorsReadOnly() {
        FormSession.as(Tokens.bearer("coordinator")).when().get("/breach-notices/" + Cases.DELIVERED).then().statusCode(200)
                .body(allOf(containsString("A &lt;script&gt;leak"), not(containsString("id=\"message-form\"")),
                        not(containsString("id=\"acknowledge-form\"")), not(containsString("id=\"delivery-form\""))));
        FormSession.as(Tokens.bearer("coordinator")).when().get("/breach-notices/" + Cases.NOTICE).then().statusCode(200)
                .body(allOf(containsString("Which &lt;b&gt;grades"), not(containsString("csrf-token"))));
    }
}
