package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.compactdpa.local.KeycloakServer;
import org.compactdpa.local.Parallel;

/**
 * People made in the running realm through Keycloak's admin API (as the stack's admin does by hand),
 * and the access tokens of any person from the password grant the demo users use.
 */
final class RealmUsers {

    private static final String PASSWORD = "demo";

    private final String keycloakUrl;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    RealmUsers(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** A person to make: a realm role, and the organisation the person acts for (the org_type and org_id claims). */
    record NewUser(String username, String role, String orgType, UUID orgId) {
    }

    /** Makes the users in realm compact, with password "demo" like the demo users. */
    void create(List<NewUser> users) {
        // The admin token lives a minute: one per batch.
        String admin = "Bearer " + given().baseUri(keycloakUrl)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", KeycloakServer.adminPassword())
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        Map<String, Map<?, ?>> roles = new ConcurrentHashMap<>();
        Parallel.each(users, 4, user -> {
            String location = given().baseUri(keycloakUrl).header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("username", user.username(), "enabled", true, "emailVerified", true,
                            "firstName", user.username(), "lastName", "Signer",
                            "email", user.username() + "@faults.example.org",
                            "attributes", Map.of("org_type", List.of(user.orgType()),
                                    "org_id", List.of(user.orgId().toString())),
                            "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                    .when().post("/admin/realms/compact/users").then().statusCode(201).extract().header("Location");
            Map<?, ?> role = roles.computeIfAbsent(user.role(), name -> given().baseUri(keycloakUrl)
                    .header("Authorization", admin).when().get("/admin/realms/compact/roles/" + name)
                    .then().statusCode(200).extract().as(Map.class));
            given().header("Authorization", admin).contentType(ContentType.JSON).body(List.of(role))
                    .when().post(location + "/role-mappings/realm").then().statusCode(204);
        });
    }

    /** "Bearer ..." for the user, fetched once per test run (tokens live 15 minutes). */
    String bearer(String username) {
        return "Bearer " + tokens.computeIfAbsent(username, user -> signIn(user, PASSWORD));
    }

    /** "Bearer ..." for a person who chose their own password, fetched anew. */
    String bearer(String username, String password) {
        return "Bearer " + signIn(username, password);
    }

    /** The password grant of the platform's command-line client: the person's access token. */
    private String signIn(String username, String password) {
        return given().baseUri(keycloakUrl)
                .formParam("grant_type", "password").formParam("client_id", "compact-cli")
                .formParam("username", username).formParam("password", password)
                .when().post("/realms/compact/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
