package org.compactdpa.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every Compact service promises, checked against the real Keycloak: health, metrics and
 * OpenAPI are served; a demo user's token is accepted and its organisation claim read; no token is
 * a 401 and a wrong role a 403, both as problem+json. Each service's test suite extends this.
 */
public abstract class ServiceContractTest {

    /** Services without a database have no outbox to guard. */
    protected boolean hasOutbox() {
        return true;
    }

    @Test
    void servesHealthMetricsAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void acceptsADemoUsersTokenAndReadsTheOrganisationClaim() {
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("maple-signer"))
                .body("roles", hasItem("district-signer"))
                .body("organisationType", equalTo("DISTRICT"))
                .body("organisationId", equalTo(DemoOrganisations.MAPLE.toString()));
    }

    @Test
    void withoutATokenAnswers401Problem() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenAnswers401Problem() {
        String forged = Tokens.of("maple-signer");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + tampered)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongRoleAnswers403Problem() {
        Assumptions.assumeTrue(hasOutbox(), "no admin-only resource in a service without an outbox");
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .when().get("/api/admin/outbox")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/admin/outbox")
                .then().statusCode(200);
    }

    @Test
    void anUnknownPathIs404Problem() {
        given().when().get("/api/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
