package org.compactdpa.testing;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens for the demo users of the realm, fetched from the real Keycloak (password grant): the access
 * tokens every service takes, and the tokens it must refuse (an ID token, another client's access token).
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    /** The platform's client for scripts and tests: its access tokens carry the API audience. */
    public static final String PLATFORM_CLIENT = "compact-cli";
    /** A client of the same realm that is not one of the platform's: no service takes its tokens. */
    public static final String FOREIGN_CLIENT = "compact-other";
    /** The audience Keycloak gives the access tokens of the platform's clients. */
    public static final String API_AUDIENCE = "compact-api";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> fetch(PLATFORM_CLIENT, user, null).getString("access_token"));
    }

    /** An Authorization header value for the user. */
    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    /**
     * The user's ID token (scope openid), signed by the same realm: it names the user but is addressed
     * to the client that signed them in, and says {@code typ: ID}.
     */
    public static String idToken(String username) {
        String token = fetch(PLATFORM_CLIENT, username, "openid").getString("id_token");
        if (token == null) {
            throw new IllegalStateException("Keycloak gave " + username + " no ID token");
        }
        return token;
    }

    /** An access token of the user, as the realm issues it to a client that is not the platform's. */
    public static String foreignAccessToken(String username) {
        return fetch(FOREIGN_CLIENT, username, null).getString("access_token");
    }

    /** The claims of a token, read without checking its signature: for asserting what a test sends. */
    public static JsonPath claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The token's audiences ({@code aud} is a string or a list of them). */
    public static List<String> audience(String token) {
        Object aud = claims(token).get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    private static JsonPath fetch(String client, String username, String scope) {
        RequestSpecification request = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD);
        if (scope != null) {
            request.formParam("scope", scope);
        }
        Response response = request.post(TestInfrastructure.get().realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " from " + client + ": " + response.asString());
        }
        return response.jsonPath();
    }
}
