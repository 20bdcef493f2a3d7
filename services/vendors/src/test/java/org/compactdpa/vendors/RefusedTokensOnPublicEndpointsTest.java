package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A public endpoint needs no token, but one that is sent is checked: an ID token or another client's
 * access token is refused rather than taken for nobody, so a caller learns that the token is wrong.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class RefusedTokensOnPublicEndpointsTest {

    @Test
    void aPublicSearchRefusesAnIdTokenAndAForeignTokenButNotNobody() {
        given().when().get("/api/products").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get("/api/products").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.idToken("brightpath-staff"))
                .when().get("/api/products")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization", "Bearer " + Tokens.foreignAccessToken("brightpath-staff"))
                .when().get("/api/products")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}
