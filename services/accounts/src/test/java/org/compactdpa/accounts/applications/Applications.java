package org.compactdpa.accounts.applications;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.compactdpa.accounts.Links;

/** Applying and confirming through the API, as the portal's pages do. */
final class Applications {

    private Applications() {
    }

    static Map<String, Object> form(String email, boolean signer) {
        return Map.of("company", "Lumen Tutor", "legalName", "Lumen Tutor Learning, Inc.",
                "website", "https://lumen-tutor.example.org", "contactFirstName", "Rosa", "contactLastName", "Lind",
                "email", email, "authorityToSign", signer);
    }

    /** Applies; the id of the application. */
    static String apply(String email, boolean signer) {
        return given().contentType(ContentType.JSON).body(form(email, signer))
                .when().post("/api/vendor-applications")
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/vendor-applications/confirm");
    }

    /** Applies and confirms with the mailed link; the confirmation's answer. */
    static JsonPath applyAndConfirm(String email, boolean signer) {
        apply(email, signer);
        return confirm(Links.confirmationToken(email)).then().statusCode(200).extract().jsonPath();
    }
}
