package org.compactdpa.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KeycloakUsers;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organisation's webhooks and their delivery log, against a stand-in notices service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
class WebhookPagesTest {

    /** Brightpath's administrator: vendor-admin only. */
    private static final String VENDOR_ADMIN = "notices-brightpath-admin";
    private static final String WEBHOOKS = "/api/webhooks";
    private static final String ACTIVE = "cccccccc-0000-4000-8000-000000000001";
    private static final String DISABLED = "cccccccc-0000-4000-8000-000000000002";
    private static final String DELIVERY = "dddddddd-0000-4000-8000-000000000001";
    private static final String SECRET = "whsec_c2VjcmV0LW9ubHktc2hvd24tb25jZQ";
    private static final String DISABLED_ENDPOINT = """
            {"id":"%s","url":"https://hooks.brightpath.example/old","eventTypes":["agreement.executed"],
             "status":"DISABLED","createdAt":"2030-01-01T00:00:00Z","failingSince":"2030-02-01T00:00:00Z",
             "disabledAt":"2030-02-04T00:00:00Z"}""".formatted(DISABLED);

    @BeforeAll
    static void brightpathsAdministrator() {
        KeycloakUsers.create(VENDOR_ADMIN, "vendor-admin", "VENDOR", DemoOrganisations.BRIGHTPATH);
    }

    @BeforeEach
    void twoEndpointsOneDisabled() {
        FakeNotices.reset();
        FakeNotices.answer("GET", WEBHOOKS, 200, """
                {"items":[{"id":"%s","url":"https://hooks.brightpath.example/compact","eventTypes":["agreement.executed","agreement.adopted"],
                 "description":"Our <b>CRM</b>","status":"ACTIVE","createdAt":"2030-01-01T00:00:00Z"},%s],
                 "page":0,"size":20,"total":2}""".formatted(ACTIVE, DISABLED_ENDPOINT));
        FakeNotices.answer("GET", "/api/webhook-event-types", 200, """
                ["agreement.executed","agreement.adopted","product.changed"]""");
        FakeNotices.answer("POST", WEBHOOKS, 201, """
                {"id":"%s","url":"https://hooks.brightpath.example/new","eventTypes":["agreement.adopted","product.changed"],
                 "description":"Alerts","status":"ACTIVE","createdAt":"2030-03-01T00:00:00Z","secret":"%s"}"""
                .formatted(ACTIVE, SECRET));
        FakeNotices.answer("GET", WEBHOOKS + "/" + DISABLED, 200, DISABLED_ENDPOINT);
        FakeNotices.answer("DELETE", WEBHOOKS + "/" + DISABLED, 204, "");
        FakeNotices.answer("POST", WEBHOOKS + "/" + DISABLED + "/enable", 204, "");
        FakeNotices.answer("GET", WEBHOOKS + "/" + DISABLED + "/deliveries", 200, """
                {"items":[{"id":"%s","eventId":"eeeeeeee-0000-4000-8000-000000000001","eventType":"agreement.executed",
                 "status":"FAILED","attempts":8,"lastStatusCode":500,"lastError":"<html>Internal error</html>",
                 "createdAt":"2030-02-01T00:00:00Z","nextAttemptAt":null}],"page":1,"size":20,"total":21}""".formatted(DELIVERY));
        FakeNotices.answer("POST", WEBHOOKS + "/" + DISABLED + "/deliveries/" + DELIVERY + "/replay", 202, "");
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeNotices.reset();
    }

    @Test
    void theEndpointsAreListedWithTheirStateAndTheEventTypesOffered() {
        String page = FormSession.open(admin(), "/webhooks").html();

        assertThat(page).contains("https://hooks.brightpath.example/compact", "Our &lt;b&gt;CRM&lt;/b&gt;",
                "<span class=\"badge good\">Active</span>", "<span class=\"badge bad\">Disabled</span>", "since 2030-02-04 00:00 UTC",
                "id=\"enable-" + DISABLED + "\"", "href=\"/webhooks/" + DISABLED + "/delete\"",
                "<input type=\"checkbox\" name=\"eventTypes\" value=\"product.changed\">")
                .doesNotContain("id=\"enable-" + ACTIVE + "\"", "whsec_");
        assertThat(FakeNotices.callsTo("GET", WEBHOOKS)).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo(admin()));
    }

    @Test
    void registeringShowsTheSecretOnceAndNeverAgain() {
        Response created = FormSession.open(admin(), "/webhooks").post("/webhooks", "url", "https://hooks.brightpath.example/new",
                "eventTypes", "agreement.adopted", "eventTypes", "product.changed", "eventTypes", "agreement.adopted",
                "description", "Alerts");

        created.then().statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("<p class=\"secret\" id=\"secret\">" + SECRET + "</p>"),
                        containsString("id=\"secret-warning\""), containsString("this is the only time it is shown")));
        FakeServices.Call call = FakeNotices.callsTo("POST", WEBHOOKS).get(0);
        JsonPath body = JsonPath.from(call.body());
        assertThat(body.getString("url")).isEqualTo("https://hooks.brightpath.example/new");
        assertThat(body.getList("eventTypes", String.class)).containsExactly("agreement.adopted", "product.changed");
        assertThat(body.getString("description")).isEqualTo("Alerts");

        FormSession.as(admin()).when().get("/webhooks").then().statusCode(200).body(not(containsString(SECRET)));
    }

    @Test
    void aRefusedAddressIsSaidAboveTheFormAsTyped() {
        FakeNotices.answer("POST", WEBHOOKS, 422, """
                {"title":"Unprocessable","status":422,"detail":"The address is not allowed",
                 "errors":[{"field":"url","message":"must be https on a public address"}]}""");
        FormSession.open(admin(), "/webhooks").post("/webhooks", "url", "http://10.0.0.1/x", "eventTypes", "product.changed")
                .then().statusCode(200).body(allOf(containsString("must be https on a public address"),
                        containsString("value=\"http://10.0.0.1/x\""),
                        containsString("name=\"eventTypes\" value=\"product.changed\" checked"), not(containsString("whsec_"))));
    }

    @Test
    void removingAsksFirstThenDeletes() {
        FormSession confirm = FormSession.open(admin(), "/webhooks/" + DISABLED + "/delete");
        assertThat(confirm.html()).contains("Remove this endpoint?", "https://hooks.brightpath.example/old", "id=\"remove\"",
                "href=\"/webhooks\" id=\"cancel\"");
        assertThat(FakeNotices.callsTo("DELETE", WEBHOOKS + "/" + DISABLED)).as("nothing removed by asking").isEmpty();

        confirm.post("/webhooks/" + DISABLED + "/delete")
                .then().statusCode(303).header("Location", endsWith("/webhooks?done=deleted"));
        assertThat(FakeNotices.callsTo("DELETE", WEBHOOKS + "/" + DISABLED)).hasSize(1);
    }

    @Test
    void enablingReturnsToWhereItWasAsked() {
        FormSession list = FormSession.open(admin(), "/webhooks");
        list.post("/webhooks/" + DISABLED + "/enable")
                .then().statusCode(303).header("Location", endsWith("/webhooks?done=enabled"));
        list.post("/webhooks/" + DISABLED + "/enable", "from", "endpoint")
                .then().statusCode(303).header("Location", endsWith("/webhooks/" + DISABLED + "?done=enabled"));
        assertThat(FakeNotices.callsTo("POST", WEBHOOKS + "/" + DISABLED + "/enable")).hasSize(2);
    }

    @Test
    void theDeliveryLogFiltersPagesAndSendsAgain() {
        FormSession log = FormSession.open(Tokens.bearer("coordinator"), "/webhooks/" + DISABLED + "?status=FAILED&page=1");
        assertThat(log.html()).contains("agreement.executed", "<span class=\"badge bad\">Failed</span>", "HTTP 500",
                "&lt;html&gt;Internal error&lt;/html&gt;", "<option value=\"FAILED\" selected>", "id=\"enable\"",
                "href=\"/webhooks/" + DISABLED + "?status=FAILED&amp;page=0\"", "id=\"replay-" + DELIVERY + "\"");
        assertThat(FakeNotices.callsTo("GET", WEBHOOKS + "/" + DISABLED + "/deliveries").get(0).query())
                .contains("status=FAILED", "page=1", "size=20");

        log.post("/webhooks/" + DISABLED + "/deliveries/" + DELIVERY + "/replay", "status", "FAILED", "page", "1")
                .then().statusCode(303).header("Location", endsWith("/webhooks/" + DISABLED + "?status=FAILED&page=1&done=replayed"));
        assertThat(FakeNotices.callsTo("POST", WEBHOOKS + "/" + DISABLED + "/deliveries/" + DELIVERY + "/replay")).hasSize(1);
    }

    @Test
    void staffAndSignersHaveNoWebhooks() {
        FormSession.as(InboxPagesTest.staff()).when().get("/webhooks").then().statusCode(403);
        FormSession.as(Tokens.bearer("brightpath-signer")).when().get("/webhooks/" + DISABLED).then().statusCode(403);
        FormSession.as(Tokens.bearer("admin")).when().get("/webhooks").then().statusCode(403);
        assertThat(FakeNotices.CALLS.stream().filter(c -> c.path().startsWith(WEBHOOKS)).toList()).isEmpty();
    }

    private static String admin() {
        return Tokens.bearer(VENDOR_ADMIN);
    }
}
