package org.compactdpa.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.ServiceContractTest;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class PortalServiceContractTest extends ServiceContractTest {

    /** The operator endpoints that the portal serves only to platform administrators (OperatorEndpointsTest). */
    private static final List<String> FOR_ADMINS = List.of("/q/metrics", "/q/openapi", "/q/swagger-ui");

    /**
     * The shared contract reads metrics, the OpenAPI document and Swagger UI without a token, and has no
     * hook to say who should ask. On the portal they are for platform administrators, so the shared
     * tests ask for them as the demo admin: what they check (the endpoints are served, every operation
     * documented and hardened) still holds, for the people allowed to see it.
     */
    private final Filter asAdministrator = (request, response, next) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")
                && FOR_ADMINS.stream().anyMatch(request.getURI().replaceFirst("^https?://[^/]+", "")::startsWith)) {
            request.header("Authorization", Tokens.bearer("admin"));
        }
        return next.next(request, response);
    };

    @BeforeEach
    void askForOperatorEndpointsAsAnAdministrator() {
        RestAssured.filters(asAdministrator);
    }

    @AfterEach
    void forgetTheAdministrator() {
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> f != asAdministrator).toList());
    }

    @Override
    protected boolean hasOutbox() {
        return false;
    }

    /** The portal's role-bound pages refuse a person of the wrong kind with a 403 page, not a redirect. */
    @Test
    @Override
    protected void aWrongRoleAnswers403Problem() {
        given().header("Authorization", Tokens.bearer("maple-staff")).redirects().follow(false)
                .when().get("/coordinator")
                .then().statusCode(403)
                .contentType("text/html")
                .body(containsString("Not available to your account"));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).redirects().follow(false)
                .when().get("/district")
                .then().statusCode(403)
                .contentType("text/html");
    }
}
