package org.compactdpa.portal.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.testing.CompactTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The security headers on real answers: a page, a form page, the embeddable list, and what is not a page. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class PageHeadersTest {

    private static final String DISTRICT = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d03";
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self' http://127.0.0.1:18080; base-uri 'none'; frame-ancestors 'none'";

    @BeforeEach
    void servicesWithSomethingToShow() {
        FakeServices.answer("/api/offers", 200, """
                {"items":[],"page":0,"size":20,"total":0}""");
        FakeServices.answer("/api/districts/" + DISTRICT, 200, """
                {"id":"%s","name":"Granite Hills Regional","state":"MA"}""".formatted(DISTRICT));
        FakeServices.answer("/api/districts/" + DISTRICT + "/products", 200, """
                {"items":[],"page":0,"size":50,"total":0}""");
    }

    @Test
    void aPageIsNeverFramedRunsNoScriptAndKeepsItsAddressToItself() {
        notFrameable(given().when().get("/offers").then().statusCode(200))
                .header("Content-Security-Policy", signInOriginOf(PAGE_POLICY))
                .body(allOf(containsString("General offers"), not(containsString("<script")), not(containsString("style=")),
                        not(containsString("javascript:"))));
    }

    @Test
    void aFormPageGetsTheSamePolicyAndItsFormPostsOnlyToThePortal() {
        notFrameable(given().when().get("/verify").then().statusCode(200))
                .header("Content-Security-Policy", signInOriginOf(PAGE_POLICY))
                .body(allOf(containsString("action=\"/verify\""), containsString("name=\"csrf-token\""),
                        not(containsString("<script")), not(containsString("style="))));
    }

    @Test
    void theEmbeddableListMayBeFramedByAnySiteButStillRunsNoScript() {
        given().queryParam("embed", "true").when().get("/districts/" + DISTRICT)
                .then().statusCode(200)
                .header("Content-Security-Policy", signInOriginOf(PAGE_POLICY).replace("frame-ancestors 'none'", "frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .body(allOf(containsString("Granite Hills Regional"), not(containsString("<script"))));
    }

    @Test
    void theSameListWithoutEmbedIsNotFrameable() {
        notFrameable(given().when().get("/districts/" + DISTRICT).then().statusCode(200))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void errorPagesTheStylesheetAndTheSignInRedirectCarryTheHeadersToo() {
        notFrameable(given().when().get("/no/such/page").then().statusCode(404));
        notFrameable(given().when().get("/compact.css").then().statusCode(200));
        notFrameable(given().redirects().follow(false).when().get("/vendor").then().statusCode(302));
        notFrameable(given().when().get("/q/health/ready").then().statusCode(200))
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    private static ValidatableResponse notFrameable(ValidatableResponse response) {
        return response.header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    /** The policy with the sign-in server this test run really uses. */
    private static String signInOriginOf(String policy) {
        String realm = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return policy.replace("http://127.0.0.1:18080", SecurityHeaders.originOf(realm));
    }
}
