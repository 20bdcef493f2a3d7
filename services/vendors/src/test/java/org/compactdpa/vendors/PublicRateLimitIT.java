package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The platform's rate limit on a public endpoint of this service, with a limit small enough to reach:
 * product search, three at once and then one a minute per client address.
 */
@QuarkusTest
@TestProfile(PublicRateLimitIT.ThreeSearches.class)
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicRateLimitIT {

    public static class ThreeSearches implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "compact.rate-limit.rules.search.paths", "/api/products",
                    "compact.rate-limit.rules.search.methods", "GET",
                    "compact.rate-limit.rules.search.requests-per-minute", "1",
                    "compact.rate-limit.rules.search.burst", "3");
        }
    }

    @Test
    void theFourthSearchFromOneAddressIsRefusedWith429AndRetryAfterWhileOtherPathsStayOpen() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/products?q=reading").then().statusCode(200);
        }

        Response refused = given().when().get("/api/products?q=reading")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://compactdpa.org/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/products"))
                .body("detail", containsString("1 a minute, 3 at once"))
                .extract().response();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).as("a token comes back within the minute").isBetween(1L, 60L);

        // Another spelling of the path, a token, or a forwarded address this service does not trust
        // change nothing: the limit is on the connection's address.
        given().when().get("//api/products/").then().statusCode(429);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).when().get("/api/products").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.23").when().get("/api/products").then().statusCode(429);

        // The rule covers that path and method only.
        given().when().get("/api/vendors").then().statusCode(200);
        given().when().get("/api/products/" + UUID.randomUUID()).then().statusCode(404);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("compact_rate_limited_total{rule=\"search\"}"));
    }
}
