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
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a district or consortium follows, against stand-in notices and vendors services. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
class SubscriptionPagesTest {

    private static final String SUBSCRIPTIONS = "/api/subscriptions";
    private static final String VENDOR = DemoOrganisations.QUILLSTONE.toString();
    private static final String PRODUCT = "5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e03";
    private static final String FOLLOWED = "bbbbbbbb-0000-4000-8000-000000000001";

    @BeforeEach
    void oneVendorFollowed() {
        FakeNotices.reset();
        FakeNotices.answer("GET", SUBSCRIPTIONS, 200, """
                {"items":[{"id":"%s","targetType":"VENDOR","targetId":"%s","targetName":"Quillstone <i>Assessment</i>",
                 "createdAt":"2030-01-02T03:04:05Z","createdBy":"Maple Staff"}],"page":0,"size":50,"total":1}"""
                .formatted(FOLLOWED, VENDOR));
        FakeNotices.answer("POST", SUBSCRIPTIONS, 201, """
                {"id":"bbbbbbbb-0000-4000-8000-000000000002","targetType":"PRODUCT","targetId":"%s"}""".formatted(PRODUCT));
        FakeNotices.answer("DELETE", SUBSCRIPTIONS + "/" + FOLLOWED, 204, "");
        FakeServices.answer("/api/vendors", 200, """
                {"items":[{"id":"%s","legalName":"Quillstone Assessment LLC","verified":true}],"page":0,"size":200,"total":1}"""
                .formatted(VENDOR));
        FakeServices.answer("/api/products", 200, """
                {"items":[{"id":"%s","vendorId":"%s","name":"Quillstone Quiz"}],"page":0,"size":200,"total":1}"""
                .formatted(PRODUCT, VENDOR));
        FakeServices.forgetCalls();
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeNotices.reset();
    }

    @Test
    void theListAndTheChoicesComeFromTheServices() {
        String page = FormSession.open(InboxPagesTest.staff(), "/subscriptions").html();

        assertThat(page).contains("Quillstone &lt;i&gt;Assessment&lt;/i&gt;", "by Maple Staff", "2030-01-02",
                "<option value=\"" + VENDOR + "\">Quillstone Assessment LLC</option>",
                "<option value=\"" + PRODUCT + "\">Quillstone Quiz (Quillstone Assessment LLC)</option>",
                "action=\"/subscriptions/" + FOLLOWED + "/remove\"");
        assertThat(FakeNotices.callsTo("GET", SUBSCRIPTIONS)).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("page=0", "size=50"));
        assertThat(FakeServices.LAST_QUERY.get("/api/vendors")).contains("size=200");
    }

    @Test
    void followingAProductSendsItsTypeAndId() {
        FormSession.open(Tokens.bearer("maple-signer"), "/subscriptions")
                .post("/subscriptions", "targetType", "PRODUCT", "targetId", PRODUCT)
                .then().statusCode(303).header("Location", endsWith("/subscriptions?done=added"));

        FakeServices.Call call = FakeNotices.callsTo("POST", SUBSCRIPTIONS).get(0);
        assertThat(JsonPath.from(call.body()).getString("targetType")).isEqualTo("PRODUCT");
        assertThat(JsonPath.from(call.body()).getString("targetId")).isEqualTo(PRODUCT);
        assertThat(call.authorization()).isEqualTo(Tokens.bearer("maple-signer"));
    }

    @Test
    void followingTwiceIsSaidAboveTheForms() {
        FakeNotices.answer("POST", SUBSCRIPTIONS, 409, """
                {"title":"Conflict with the current state","status":409,"detail":"Your district follows this vendor already"}""");
        FormSession.open(Tokens.bearer("coordinator"), "/subscriptions")
                .post("/subscriptions", "targetType", "VENDOR", "targetId", VENDOR)
                .then().statusCode(200).body(allOf(containsString("id=\"problem\""),
                        containsString("Your district follows this vendor already"), containsString("id=\"follow-vendor-form\"")));
    }

    @Test
    void nothingChosenIsSaidWithoutAsking() {
        FormSession.open(InboxPagesTest.staff(), "/subscriptions")
                .post("/subscriptions", "targetType", "PRODUCT", "targetId", "")
                .then().statusCode(200).body(containsString("Choose a product from the list."));
        assertThat(FakeNotices.callsTo("POST", SUBSCRIPTIONS)).isEmpty();
    }

    @Test
    void aTamperedTypeOrIdIsA400Page() {
        FormSession form = FormSession.open(InboxPagesTest.staff(), "/subscriptions");
        form.post("/subscriptions", "targetType", "DISTRICT", "targetId", VENDOR).then().statusCode(400);
        form.post("/subscriptions", "targetType", "VENDOR", "targetId", "not-an-id").then().statusCode(400);
        form.post("/subscriptions", "targetId", VENDOR).then().statusCode(400);
        assertThat(FakeNotices.callsTo("POST", SUBSCRIPTIONS)).isEmpty();
    }

    @Test
    void stoppingDeletesTheSubscription() {
        FormSession.open(InboxPagesTest.staff(), "/subscriptions").post("/subscriptions/" + FOLLOWED + "/remove")
                .then().statusCode(303).header("Location", endsWith("/subscriptions?done=removed"));
        assertThat(FakeNotices.callsTo("DELETE", SUBSCRIPTIONS + "/" + FOLLOWED)).hasSize(1);
    }

    @Test
    void vendorsAndPlatformAdministratorsFollowNothingHere() {
        FormSession.as(Tokens.bearer("brightpath-staff")).when().get("/subscriptions")
                .then().statusCode(403).body(containsString("Not available to your account"));
        FormSession.as(Tokens.bearer("admin")).when().get("/subscriptions").then().statusCode(403);
        assertThat(FakeNotices.callsTo("GET", SUBSCRIPTIONS)).isEmpty();
        assertThat(FakeServices.CALLS).isEmpty();
    }
}
