package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;

/** Request bodies and set-up shared by the tests of both capabilities. */
public final class VendorFixtures {

    private VendorFixtures() {
    }

    public static Map<String, Object> vendor(String legalName) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", legalName);
        body.put("doingBusinessAs", null);
        body.put("website", "https://vendor.example.com");
        body.put("address", Map.of("street", "1 Main St", "city", "Boston", "state", "MA", "postalCode", "02110"));
        body.put("representative", Map.of("name", "Riley Rep", "title", "CEO", "email", "riley@vendor.example.com"));
        body.put("breachContact", Map.of("name", "Sec Ops", "email", "security@vendor.example.com", "phone", "+1 617 555 0100"));
        return body;
    }

    /** Brightpath registers itself once per test JVM; later calls find it there. */
    public static void ensureBrightpath() {
        int status = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(vendor("Brightpath Learning, Inc."))
                .when().post("/api/vendors").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not register Brightpath: " + status);
        }
    }

    public static void ensureQuillstone() {
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .contentType(ContentType.JSON).body(vendor("Quillstone Assessment LLC"))
                .when().post("/api/vendors");
    }

    public static Map<String, Object> product(String name, List<String> elements, List<Map<String, Object>> subprocessors) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("url", "https://app.example.com/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        body.put("description", "A reading app");
        body.put("gradeBands", List.of("K-2", "3-5"));
        body.put("categories", List.of("Literacy"));
        body.put("dataElements", elements);
        body.put("securityFramework", "NIST_CSF");
        body.put("subprocessors", subprocessors);
        return body;
    }

    public static Map<String, Object> subprocessor(String name, String location) {
        return Map.of("name", name, "purpose", "hosting", "dataElements", List.of("STUDENT_NAME"), "location", location);
    }

    /** Registers a Brightpath product and answers its id. */
    public static String brightpathProduct(String name, List<String> elements, List<Map<String, Object>> subprocessors) {
        ensureBrightpath();
        String location = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(product(name, elements, subprocessors))
                .when().post("/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/products")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
