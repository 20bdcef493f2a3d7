package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The platform's token rules (API audience, access tokens only) must leave a code-flow sign-in
 * working, as the portal runs one: this service, switched to the portal's OIDC settings (hybrid, client
 * compact-portal), signs a user in through the real Keycloak login form and then knows them from the
 * session cookie, whose ID token is addressed to compact-portal, not to the API, and its roles from the
 * session's access token.
 */
@QuarkusTest
@TestProfile(CodeFlowSessionIT.AsThePortal.class)
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class CodeFlowSessionIT {

    public static class AsThePortal implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.application-type", "hybrid",
                    "quarkus.oidc.client-id", "compact-portal",
                    "quarkus.oidc.credentials.secret", "compact-portal-secret",
                    "quarkus.oidc.authentication.pkce-required", "true",
                    "quarkus.oidc.authentication.state-secret", "code-flow-session-it-state-secret-0123456789",
                    "quarkus.oidc.authentication.scopes", "openid,profile,email",
                    "quarkus.http.auth.permission.signed-in.paths", "/api/me",
                    "quarkus.http.auth.permission.signed-in.policy", "authenticated");
        }
    }

    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    @Test
    void aUserSignedInThroughTheLoginPageIsKnownFromTheSession() {
        Map<String, String> app = new HashMap<>();
        Map<String, String> keycloak = new HashMap<>();

        Response start = given().redirects().follow(false).when().get("/api/me");
        assertThat(start.statusCode()).as("the sign-in starts").isEqualTo(302);
        app.putAll(start.getCookies());

        Response page = given().redirects().follow(false).urlEncodingEnabled(false).when().get(start.header("Location"));
        assertThat(page.statusCode()).isEqualTo(200);
        keycloak.putAll(page.getCookies());
        Matcher form = LOGIN_FORM.matcher(page.asString());
        assertThat(form.find()).as("Keycloak's login form").isTrue();

        Response login = given().redirects().follow(false).urlEncodingEnabled(true).cookies(keycloak)
                .formParam("username", "maple-signer").formParam("password", Tokens.DEMO_PASSWORD)
                .when().post(form.group(1).replace("&amp;", "&"));
        assertThat(login.statusCode()).as(login.asString()).isEqualTo(302);

        Response back = given().redirects().follow(false).urlEncodingEnabled(false).cookies(app)
                .when().get(login.header("Location"));
        assertThat(back.statusCode()).as("the code is exchanged and the ID token accepted: " + back.asString())
                .isEqualTo(302);
        app.putAll(back.getCookies());

        given().cookies(app).redirects().follow(false)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("maple-signer"))
                .body("roles", hasItem("district-signer"))
                .body("organisationType", equalTo("DISTRICT"));
    }
}
