package org.compactdpa.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's inbox and the header's unread count, against a stand-in notices service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
class InboxPagesTest {

    static final String UNREAD_COUNT = "/api/notices/unread-count";
    private static final String SIGN = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String PHISH = "aaaaaaaa-0000-4000-8000-000000000002";
    private static final String SNEAKY = "aaaaaaaa-0000-4000-8000-000000000003";
    private static final String NOTICES = """
            {"items":[
             {"id":"%s","kind":"SIGNATURE_REQUESTED","title":"Brightpath <b>Reader</b> waits for your signature",
              "body":"Maple Valley's agreement is ready.\\nReview it before signing.","link":"/agreements/11111111-2222-4333-8444-555555555555/review",
              "createdAt":"2030-03-04T05:06:07Z","read":false,"mandatory":false},
             {"id":"%s","kind":"ACCOUNT","title":"Check your account","body":"Sign in again.","link":"https://evil.example/login",
              "createdAt":"2030-03-03T05:06:07Z","read":true,"mandatory":false},
             {"id":"%s","kind":"BREACH","title":"A breach was reported","body":"Details inside.","link":"//evil.example/x",
              "createdAt":"2030-03-02T05:06:07Z","read":false,"mandatory":true}],
             "page":0,"size":20,"total":23}""".formatted(SIGN, PHISH, SNEAKY);

    @BeforeEach
    void threeNoticesTwoUnread() {
        FakeNotices.reset();
        FakeNotices.answer("GET", "/api/notices", 200, NOTICES);
        FakeNotices.answer("GET", UNREAD_COUNT, 200, "{\"unread\":2}");
        FakeNotices.answer("POST", "/api/notices/" + SIGN + "/read", 204, "");
        FakeNotices.answer("POST", "/api/notices/read-all", 204, "");
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeNotices.reset();
    }

    @Test
    void theInboxListsNoticesNewestFirstAndLinksOnlyToThePortal() {
        String page = FormSession.open(staff(), "/inbox").html();

        assertThat(page).contains("Brightpath &lt;b&gt;Reader&lt;/b&gt; waits for your signature",
                "Review it before signing.", "2030-03-04 05:06 UTC", "Signature requested",
                "<a href=\"/agreements/11111111-2222-4333-8444-555555555555/review\" id=\"open-" + SIGN + "\">",
                "id=\"read-" + SIGN + "\"", "id=\"read-all\"", "Page 1 of 2", "href=\"/inbox?page=1\"");
        assertThat(page).as("links elsewhere are shown as text only")
                .contains("<span class=\"hint\" id=\"link-" + PHISH + "\">https://evil.example/login</span>",
                        "<span class=\"hint\" id=\"link-" + SNEAKY + "\">//evil.example/x</span>")
                .doesNotContain("href=\"https://evil.example", "href=\"//evil.example", "id=\"read-" + PHISH + "\"");
        assertThat(FakeNotices.callsTo("GET", "/api/notices")).singleElement().satisfies(call -> {
            assertThat(call.query()).contains("page=0", "size=20").doesNotContain("unread");
            assertThat(call.authorization()).isEqualTo(staff());
        });
    }

    @Test
    void theHeaderShowsTheUnreadCountOnceAPage() {
        FormSession.as(staff()).when().get("/inbox").then().statusCode(200)
                .body(containsString("<a href=\"/inbox\" id=\"nav-inbox\">Inbox <span class=\"count\" id=\"unread-count\">2"));
        assertThat(FakeNotices.callsTo("GET", UNREAD_COUNT)).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo(staff()));

        FakeNotices.answer("GET", UNREAD_COUNT, 200, "{\"unread\":1000}");
        FormSession.as(staff()).when().get("/verify").then().statusCode(200)
                .body(containsString("id=\"unread-count\">999+<span class=\"visually-hidden\"> unread</span>"));

        FakeNotices.answer("GET", UNREAD_COUNT, 200, "{\"unread\":0}");
        FormSession.as(staff()).when().get("/verify").then().statusCode(200)
                .body(allOf(containsString("id=\"nav-inbox\">Inbox</a>"), not(containsString("unread-count"))));
    }

    @Test
    void nobodySignedInHasNoInboxAndNoCallIsMade() {
        FormSession.as(null).when().get("/verify").then().statusCode(200).body(not(containsString("nav-inbox")));
        FormSession.as(null).when().get("/inbox").then().statusCode(302)
                .header("Location", startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)));
        assertThat(FakeNotices.CALLS).isEmpty();
    }

    @Test
    void theUnreadFilterAsksForUnreadNoticesOnly() {
        FormSession.as(staff()).when().get("/inbox?unread=true").then().statusCode(200)
                .body(allOf(containsString("id=\"unread\" checked"), containsString("href=\"/inbox?unread=true&amp;page=1\"")));
        assertThat(FakeNotices.callsTo("GET", "/api/notices").get(0).query()).contains("unread=true");
    }

    @Test
    void markingOneReadReturnsToTheSameViewOfTheList() {
        FormSession.open(staff(), "/inbox?unread=true&page=1")
                .post("/inbox/" + SIGN + "/read", "unread", "true", "page", "1")
                .then().statusCode(303).header("Location", endsWith("/inbox?unread=true&page=1&done=read"));
        assertThat(FakeNotices.callsTo("POST", "/api/notices/" + SIGN + "/read")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo(staff()));

        FormSession.as(staff()).when().get("/inbox?done=read").then().statusCode(200)
                .body(containsString("The notice is marked read."));
    }

    @Test
    void markingAllReadAsksTheServiceOnce() {
        FormSession.open(staff(), "/inbox").post("/inbox/read-all", "unread", "false")
                .then().statusCode(303).header("Location", endsWith("/inbox?done=all-read"));
        assertThat(FakeNotices.callsTo("POST", "/api/notices/read-all")).hasSize(1);
    }

    @Test
    void aRefusalIsShownAboveTheList() {
        FakeNotices.answer("POST", "/api/notices/" + PHISH + "/read", 404, """
                {"title":"Not Found","status":404,"detail":"No such notice for you"}""");
        FormSession.open(staff(), "/inbox").post("/inbox/" + PHISH + "/read")
                .then().statusCode(200).body(allOf(containsString("id=\"problem\""), containsString("No such notice for you"),
                        containsString("id=\"notices\"")));
    }

    @Test
    void markingReadWithoutTheFormsCsrfTokenIsRefused() {
        FormSession.as(staff()).contentType("application/x-www-form-urlencoded").formParam("page", "0")
                .when().post("/inbox/" + SIGN + "/read").then().statusCode(400);
        assertThat(FakeNotices.callsTo("POST", "/api/notices/" + SIGN + "/read")).isEmpty();
    }

    static String staff() {
        return Tokens.bearer("maple-staff");
    }
}
