package org.compactdpa.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens for the demo users of the realm, fetched from the real Keycloak (password grant). */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    /** An Authorization header value for the user. */
    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static String fetch(String username) {
        Response response = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "compact-cli")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(TestInfrastructure.get().realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
