package org.compactdpa.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.local.KeycloakServer;

/**
 * Creates extra users in the test realm through Keycloak's admin API, e.g. signers of many districts.
 * Creating a user that already exists (a Keycloak kept between runs, or shared by the modules of a
 * build) gives it the organisation and role asked for, so a test can run again on the same server.
 */
public final class KeycloakUsers {

    private static String adminToken;
    private static Instant adminTokenExpires = Instant.MIN;

    private KeycloakUsers() {
    }

    /** A user with the realm role, acting for the organisation, password {@link Tokens#DEMO_PASSWORD}. */
    public static synchronized void create(String username, String role, String orgType, UUID orgId) {
        String base = base();
        String admin = admin(base);
        Map<String, Object> attributes = Map.of("org_type", List.of(orgType), "org_id", List.of(orgId.toString()));
        Map<String, Object> person = Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", username, "lastName", "Test", "email", username + "@test.compactdpa.org",
                "attributes", attributes);
        Map<String, Object> withPassword = new HashMap<>(person);
        withPassword.put("credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD,
                "temporary", false)));
        Response created = RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(withPassword)
                .post(base + "/admin/realms/compact/users");
        String user;
        if (created.statusCode() == 409) {
            List<String> ids = RestAssured.given().header("Authorization", admin)
                    .queryParam("username", username).queryParam("exact", true)
                    .get(base + "/admin/realms/compact/users").then().statusCode(200).extract().path("id");
            user = base + "/admin/realms/compact/users/" + ids.get(0);
            RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(person).put(user).then().statusCode(204);
        } else {
            created.then().statusCode(201);
            user = created.header("Location");
        }
        Map<String, Object> roleRepresentation = RestAssured.given().header("Authorization", admin)
                .get(base + "/admin/realms/compact/roles/" + role).then().statusCode(200).extract().as(Map.class);
        RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON).body(List.of(roleRepresentation))
                .post(user + "/role-mappings/realm").then().statusCode(204);
    }

    private static String base() {
        return TestInfrastructure.get().realmUrl().replaceAll("/realms/compact$", "");
    }

    /** The master realm's admin token, asked for again only shortly before it runs out. */
    private static String admin(String base) {
        if (Instant.now().isAfter(adminTokenExpires)) {
            Response token = RestAssured.given()
                    .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                    .formParam("username", "admin")
                    .formParam("password", KeycloakServer.adminPassword())
                    .post(base + "/realms/master/protocol/openid-connect/token");
            token.then().statusCode(200);
            adminToken = "Bearer " + token.path("access_token");
            int lifetime = token.path("expires_in");
            adminTokenExpires = Instant.now().plusSeconds(Math.max(0, lifetime - 15));
        }
        return adminToken;
    }
}
