package org.compactdpa.portal.coordinator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's pages against stand-in services: how they call, and what they say while terms travel. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class CoordinatorPagesTest {

    private static final String CONSORTIUM = DemoOrganisations.CONSORTIUM.toString();
    private static final String MAPLE = DemoOrganisations.MAPLE.toString();
    private static final String HARBOR = DemoOrganisations.HARBOR.toString();
    private static final String VENDOR = DemoOrganisations.QUILLSTONE.toString();
    private static final String TEMPLATE = "7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01";
    private static final String PRODUCT = "5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e03";
    private static final String TERMS = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c01";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) PortalTest/1.0";
    private static final long DELAY_MILLIS = 300;

    @BeforeEach
    void theConsortiumBehindThePortal() {
        FakeServices.answer("/api/consortia/" + CONSORTIUM, 200, """
                {"id":"%s","name":"Commonwealth Cooperative","states":["MA","NH"]}""".formatted(CONSORTIUM));
        FakeServices.answer("/api/consortia/" + CONSORTIUM + "/members", 200, """
                {"items":[{"districtId":"%s","name":"Maple Valley Public Schools","state":"MA","ncesId":"2500001",
                 "joinedAt":"2025-01-02T03:04:05Z"}],"page":0,"size":200,"total":1}""".formatted(MAPLE));
        FakeServices.answer("/api/consortia/" + CONSORTIUM + "/app-requests", 200, """
                {"items":[],"page":0,"size":100,"total":0}""");
        FakeServices.answer("/api/districts", 200, """
                {"items":[{"id":"%s","name":"Maple Valley Public Schools","state":"MA"},
                 {"id":"%s","name":"Harbor Point Public Schools","state":"MA"}],"page":0,"size":200,"total":2}"""
                .formatted(MAPLE, HARBOR));
        FakeServices.answer("/api/templates", 200, """
                {"items":[{"id":"%s","consortiumId":"%s","name":"Commonwealth DPA","state":"MA"}],
                 "page":0,"size":50,"total":1}""".formatted(TEMPLATE, CONSORTIUM));
        FakeServices.answer("/api/templates/" + TEMPLATE + "/versions", 200, """
                [{"templateId":"%s","version":1,"status":"PUBLISHED","contentHash":"ab12","content":{}}]"""
                .formatted(TEMPLATE));
        FakeServices.answer("/api/negotiations", 200, """
                {"items":[],"page":0,"size":50,"total":0}""");
        FakeServices.answer("/api/products", 200, """
                {"items":[{"id":"%s","vendorId":"%s","name":"Quillstone Quiz"}],"page":0,"size":200,"total":1}"""
                .formatted(PRODUCT, VENDOR));
        FakeServices.answer("/api/vendors", 200, """
                {"items":[{"id":"%s","legalName":"Quillstone Assessment LLC","verified":true}],"page":0,"size":200,
                 "total":1}""".formatted(VENDOR));
    }

    @AfterEach
    void answerAtOnceAgain() {
        FakeServices.delayEachAnswer(0);
    }

    @Test
    void theHomePageAsksForWhatItNeedsAtOnceAndAsTheSignedInPerson() {
        coordinator().when().get("/coordinator").then().statusCode(200); // started and warm
        FakeServices.forgetCalls();
        FakeServices.delayEachAnswer(DELAY_MILLIS);

        long started = System.nanoTime();
        coordinator().when().get("/coordinator")
                .then().statusCode(200)
                .body(allOf(containsString("Commonwealth Cooperative"), containsString("Commonwealth DPA, version 1"),
                        containsString("Harbor Point Public Schools (MA)"),
                        not(containsString("Maple Valley Public Schools (MA)"))));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        int calls = FakeServices.CALLS.size();
        assertThat(calls).as("calls behind the page").isGreaterThanOrEqualTo(10);
        assertThat(FakeServices.mostAtOnce()).as("calls answered at the same moment").isGreaterThanOrEqualTo(2);
        assertThat(tookMillis).as("one call after another would take %d ms", calls * DELAY_MILLIS)
                .isLessThan(calls * DELAY_MILLIS);
        // The calls that wait for another's answer go out as the person too.
        assertThat(FakeServices.CALLS).allSatisfy(call -> {
            assertThat(call.authorization()).as(call.path()).isEqualTo(Tokens.bearer("coordinator"));
            assertThat(call.userAgent()).as(call.path()).isEqualTo(BROWSER);
            assertThat(call.forwardedFor()).as(call.path()).isEqualTo("127.0.0.1");
        });
        assertThat(FakeServices.callsTo("GET", "/api/districts")).hasSize(2);
    }

    @Test
    void termsSignaturesHasNotReceivedYetAreSaidPlainlyAndTheFormKeepsItsValues() {
        FakeServices.answer("/api/templates/" + TEMPLATE + "/versions/1/terms", 201, """
                {"id":"%s","classification":"STANDARD"}""".formatted(TERMS));
        FakeServices.answer("/api/agreements", 422, """
                {"title":"Unprocessable request","status":422,"detail":"termsId: Terms %s are not known here (yet)",
                 "errors":[{"field":"termsId","message":"Terms %s are not known here (yet)"}]}""".formatted(TERMS, TERMS));
        Response home = coordinator().when().get("/coordinator");
        String csrf = csrfToken(home.asString());

        String again = prepare(csrf, home.getCookie("csrf-token"), null)
                .then().statusCode(200)
                .body(allOf(containsString("id=\"terms-waiting\""), containsString("still on their way"),
                        containsString("Submit the form below again in a moment"), not(containsString("id=\"problem\"")),
                        containsString("<option value=\"" + TEMPLATE + "/1\" selected>"),
                        containsString("<option value=\"" + MAPLE + "\" selected>"),
                        containsString("value=\"" + PRODUCT + "\" checked>"),
                        containsString("<input type=\"checkbox\" name=\"generalOffer\">"),
                        containsString("name=\"termsId\" value=\"" + TERMS + "\"")))
                .extract().asString();

        // Submitting again waits for the same terms instead of issuing new ones.
        FakeServices.forgetCalls();
        FakeServices.answer("/api/agreements", 201, """
                {"id":"11111111-2222-4333-8444-555555555555","status":"AWAITING_VENDOR"}""");
        prepare(csrfToken(again), home.getCookie("csrf-token"), TERMS)
                .then().statusCode(303).header("Location", endsWith("/agreements/11111111-2222-4333-8444-555555555555/review"));
        assertThat(FakeServices.callsTo("POST", "/api/templates/" + TEMPLATE + "/versions/1/terms")).isEmpty();
        assertThat(FakeServices.callsTo("POST", "/api/agreements")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"termsId\":\"" + TERMS + "\"")
                        .contains("\"districtId\":\"" + MAPLE + "\"").contains("\"generalOffer\":false"));
    }

    private static io.restassured.specification.RequestSpecification coordinator() {
        return given().header("Authorization", Tokens.bearer("coordinator")).header("User-Agent", BROWSER)
                .redirects().follow(false);
    }

    private static Response prepare(String csrf, String csrfCookie, String terms) {
        var form = coordinator().cookie("csrf-token", csrfCookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("version", TEMPLATE + "/1").formParam("districtId", MAPLE)
                .formParam("productIds", PRODUCT);
        if (terms != null) {
            form.formParam("termsId", terms).formParam("termsFor", TEMPLATE + "/1");
        }
        return form.when().post("/coordinator/agreements");
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }
}
