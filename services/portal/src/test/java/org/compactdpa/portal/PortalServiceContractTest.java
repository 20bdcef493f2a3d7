package org.compactdpa.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.ServiceContractTest;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class PortalServiceContractTest extends ServiceContractTest {

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
