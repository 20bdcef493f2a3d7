package org.compactdpa.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates extra users in the test realm through Keycloak's admin API, e.g. signers of many districts. */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** A user with the realm role, acting for the organisation, password {@link Tokens#DEMO_PASSWORD}. */
    public static void create(String username, String role, String orgType, UUID orgId) {
        String base = TestInfrastructure.get().realmUrl().replaceAll("/realms/compact$", "");
        String admin = "Bearer " + RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", System.getenv().getOrDefault("COMPACT_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(base + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        String location = RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", username,
                        "lastName", "Test", "email", username + "@test.compactdpa.org",
                        "attributes", Map.of("org_type", List.of(orgType), "org_id", List.of(orgId.toString())),
                        "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD,
                                "temporary", false))))
                .post(base + "/admin/realms/compact/users").then().statusCode(201).extract().header("Location");
        Map<String, Object> roleRepresentation = RestAssured.given().header("Authorization", admin)
                .get(base + "/admin/realms/compact/roles/" + role).then().statusCode(200).extract().as(Map.class);
        RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON).body(List.of(roleRepresentation))
                .post(location + "/role-mappings/realm").then().statusCode(204);
    }
}
