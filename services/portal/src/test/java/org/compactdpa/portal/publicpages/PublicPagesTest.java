package org.compactdpa.portal.publicpages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.testing.CompactTestResource;
import org.junit.jupiter.api.Test;

/** The public pages against stand-in services: what is shown, escaped, refused and framed. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class PublicPagesTest {

    private static final String DISTRICT = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02";

    @Test
    void theRegistryShowsDataElementsByNameAndEscapesWhatServicesSay() {
        FakeServices.answer("/api/registry/agreements", 200, """
                {"items":[{"id":"11111111-1111-1111-1111-111111111111","kind":"ORIGINAL","status":"EXECUTED",
                 "vendor":"<script>alert(1)</script> Learning","district":"Harbor Point","districtId":"%s",
                 "expiresOn":"2029-11-29","products":[{"name":"Reader","dataElements":["STUDENT_NAME","SPECIAL_INDICATOR"]}]}],
                 "page":0,"size":20,"total":21}""".formatted(DISTRICT));

        given().queryParam("dataElement", "SPECIAL_INDICATOR").queryParam("q", "learn")
                .when().get("/")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("Student name"), containsString("Special indicator"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; Learning"),
                        not(containsString("<script>alert(1)</script>")),
                        containsString("Page 1 of 2"), containsString("rel=\"next\"")));
        org.assertj.core.api.Assertions.assertThat(FakeServices.LAST_QUERY.get("/api/registry/agreements"))
                .contains("q=learn").contains("dataElement=SPECIAL_INDICATOR").contains("page=0");
    }

    @Test
    void theDistrictListIsEmbeddableOnlyWhenAskedFor() {
        FakeServices.answer("/api/districts/" + DISTRICT, 200, """
                {"id":"%s","name":"Harbor Point Public Schools","state":"MA"}""".formatted(DISTRICT));
        FakeServices.answer("/api/districts/" + DISTRICT + "/products", 200, """
                {"items":[{"productId":"p1","product":"Math Studio","vendor":"Brightpath","status":"APPROVED",
                 "dataElements":["ASSESSMENT"],"relationship":"ADOPTED","agreementId":"a1","expiresOn":"2029-11-29"}],
                 "page":0,"size":50,"total":1}""");

        given().when().get("/districts/" + DISTRICT)
                .then().statusCode(200).header("X-Frame-Options", "DENY")
                .body(allOf(containsString("Math Studio"), containsString("Approved"), containsString("Assessment"),
                        containsString("Adopted offer"), containsString("format=csv"), containsString("Sign in")));
        given().queryParam("embed", "true").when().get("/districts/" + DISTRICT)
                .then().statusCode(200).header("Content-Security-Policy", endsWith("frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .body(allOf(containsString("Math Studio"), not(containsString("Sign in"))));
    }

    @Test
    void anUnknownDistrictIsAReadable404Page() {
        given().when().get("/districts/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("No resource at this address"));
        given().when().get("/no/such/page")
                .then().statusCode(404).contentType(ContentType.HTML).body(containsString("Page not found"));
    }

    @Test
    void aFailingServiceIsA502PageNotAStackTrace() {
        FakeServices.answer("/api/offers", 500, "{\"title\":\"Internal error\",\"status\":500}");

        given().when().get("/offers")
                .then().statusCode(502).contentType(ContentType.HTML)
                .body(allOf(containsString("A service failed"), not(containsString("Exception"))));
    }

    @Test
    void pagesOfYourOwnWorkStartTheKeycloakLogin() {
        given().redirects().follow(false).when().get("/vendor")
                .then().statusCode(302).header("Location", startsWith(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.oidc.auth-server-url", String.class)));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).multiPart("sha256", "00")
                .when().post("/verify")
                .then().statusCode(400);
    }
}
