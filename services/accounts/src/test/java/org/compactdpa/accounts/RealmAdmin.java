package org.compactdpa.accounts;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.compactdpa.local.KeycloakServer;
import org.compactdpa.testing.TestInfrastructure;

/**
 * What a test does in Keycloak as its master administrator: look at an account as Keycloak holds it,
 * and set a password the way the person would through Keycloak's own page. Also the password grant
 * with the platform's test client, to see the tokens a person then gets.
 */
public final class RealmAdmin {

    private RealmAdmin() {
    }

    private static String base() {
        return TestInfrastructure.get().realmUrl().replaceAll("/realms/compact$", "");
    }

    private static String admin() {
        return "Bearer " + RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", KeycloakServer.adminPassword())
                .post(base() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The account as Keycloak holds it (attributes and required actions included). */
    public static JsonPath user(String id) {
        return RestAssured.given().header("Authorization", admin())
                .get(base() + "/admin/realms/compact/users/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the accounts with this e-mail address (none or one). */
    public static List<String> idsByEmail(String email) {
        return RestAssured.given().header("Authorization", admin()).queryParam("email", email).queryParam("exact", true)
                .get(base() + "/admin/realms/compact/users").then().statusCode(200).extract().path("id");
    }

    /** The realm roles mapped to the account. */
    public static List<String> realmRoles(String id) {
        return RestAssured.given().header("Authorization", admin())
                .get(base() + "/admin/realms/compact/users/" + id + "/role-mappings/realm")
                .then().statusCode(200).extract().path("name");
    }

    /**
     * Sets a (non-temporary) password, as the person does on Keycloak's page behind the link of its
     * mail; Keycloak then drops the UPDATE_PASSWORD action.
     */
    public static void setPassword(String id, String password) {
        RestAssured.given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(base() + "/admin/realms/compact/users/" + id + "/reset-password")
                .then().statusCode(204);
    }

    /** The password grant of the platform's test client: the answer, token or refusal. */
    public static Response signIn(String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "compact-cli")
                .formParam("username", username).formParam("password", password)
                .post(TestInfrastructure.get().realmUrl() + "/protocol/openid-connect/token");
    }

    /** An access token of the person (after their password was set). */
    public static String accessToken(String username, String password) {
        Response answer = signIn(username, password);
        answer.then().statusCode(200);
        return answer.path("access_token");
    }
}
