package org.compactdpa.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail preferences per kind of notice, against a stand-in notices service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
class PreferencePagesTest {

    private static final String PREFERENCES = "/api/notice-preferences";

    @BeforeEach
    void threeKindsOneMandatory() {
        FakeNotices.reset();
        FakeNotices.answer("GET", PREFERENCES, 200, """
                {"items":[
                 {"kind":"SIGNATURE_REQUESTED","label":"A signature is asked of you","delivery":"IMMEDIATE","mandatory":false},
                 {"kind":"AGREEMENT_EXECUTED","label":"An agreement took effect","delivery":"DAILY_DIGEST","mandatory":false},
                 {"kind":"BREACH","label":"A data breach","delivery":"IMMEDIATE","mandatory":true}]}""");
        FakeNotices.answer("PUT", PREFERENCES + "/SIGNATURE_REQUESTED", 200, "{}");
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeNotices.reset();
    }

    @Test
    void eachKindHasItsChoicesAndMandatoryKindsAreFixed() {
        String page = FormSession.open(InboxPagesTest.staff(), "/inbox/preferences").html();

        assertThat(page).contains("<legend>A signature is asked of you</legend>",
                "name=\"delivery-SIGNATURE_REQUESTED\" value=\"IMMEDIATE\" id=\"delivery-SIGNATURE_REQUESTED-IMMEDIATE\" checked",
                "name=\"delivery-AGREEMENT_EXECUTED\" value=\"DAILY_DIGEST\" id=\"delivery-AGREEMENT_EXECUTED-DAILY_DIGEST\" checked",
                "name=\"delivery-AGREEMENT_EXECUTED\" value=\"OFF\"", "Daily digest");
        String breach = page.substring(page.indexOf("id=\"preference-BREACH\""));
        breach = breach.substring(0, breach.indexOf("</fieldset>"));
        assertThat(breach).contains("<legend>A data breach</legend>", "Immediately", "cannot be changed")
                .doesNotContain("<input");
    }

    @Test
    void savingSendsOnlyTheChangedKindsThatMayChange() {
        FormSession.open(InboxPagesTest.staff(), "/inbox/preferences")
                .post("/inbox/preferences", "delivery-SIGNATURE_REQUESTED", "DAILY_DIGEST",
                        "delivery-AGREEMENT_EXECUTED", "DAILY_DIGEST", "delivery-BREACH", "OFF")
                .then().statusCode(303).header("Location", endsWith("/inbox/preferences?done=saved"));

        assertThat(FakeNotices.CALLS.stream().filter(c -> c.method().equals("PUT")).toList()).singleElement()
                .satisfies(call -> {
                    assertThat(call.path()).isEqualTo(PREFERENCES + "/SIGNATURE_REQUESTED");
                    assertThat(JsonPath.from(call.body()).getString("delivery")).isEqualTo("DAILY_DIGEST");
                    assertThat(call.authorization()).isEqualTo(InboxPagesTest.staff());
                });
    }

    @Test
    void aRefusalIsShownWithTheChoicesKept() {
        FakeNotices.answer("PUT", PREFERENCES + "/SIGNATURE_REQUESTED", 422, """
                {"title":"Unprocessable","status":422,"detail":"Not now","errors":[{"field":"delivery","message":"must be another"}]}""");
        FormSession.open(InboxPagesTest.staff(), "/inbox/preferences")
                .post("/inbox/preferences", "delivery-SIGNATURE_REQUESTED", "OFF")
                .then().statusCode(200).body(allOf(containsString("id=\"problem\""), containsString("must be another"),
                        containsString("value=\"OFF\" id=\"delivery-SIGNATURE_REQUESTED-OFF\" checked")));
    }

    @Test
    void aChoiceTheFormNeverOfferedIsA400Page() {
        FormSession.open(InboxPagesTest.staff(), "/inbox/preferences")
                .post("/inbox/preferences", "delivery-SIGNATURE_REQUESTED", "HOURLY")
                .then().statusCode(400);
        assertThat(FakeNotices.CALLS.stream().filter(c -> c.method().equals("PUT")).toList()).isEmpty();
    }
}
