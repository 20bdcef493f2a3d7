package org.compactdpa.vendors.rest;

import static io.restassured.RestAssured.given;
import static org.compactdpa.vendors.rest.VendorFixtures.brightpathProduct;
import static org.compactdpa.vendors.rest.VendorFixtures.product;
import static org.compactdpa.vendors.rest.VendorFixtures.subprocessor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ProductResourceTest {

    private static final String BRIGHTPATH_PRODUCTS = "/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/products";

    @Test
    void vendorStaffRegisterAProductAndAnyoneReadsIt() {
        String id = brightpathProduct("Reading Rocket", List.of("STUDENT_NAME", "ASSESSMENT"),
                List.of(subprocessor("CloudHost", "US")));
        given().when().get("/api/products/" + id)
                .then().statusCode(200)
                .body("vendorId", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                .body("dataElements", equalTo(List.of("ASSESSMENT", "STUDENT_NAME")))
                .body("securityFramework", equalTo("NIST_CSF"))
                .body("subprocessors[0].name", equalTo("CloudHost"))
                .body("declarationVersion", equalTo(1));
    }

    @Test
    void staffOfAnotherVendorCannotAddOrChangeItsProducts() {
        String id = brightpathProduct("Guarded App", List.of("STUDENT_NAME"), List.of());
        VendorFixtures.ensureQuillstone();
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .contentType(ContentType.JSON).body(product("Planted App", List.of(), List.of()))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .contentType(ContentType.JSON).body(product("Renamed By Rival", List.of("TRANSCRIPT"), List.of()))
                .when().put(BRIGHTPATH_PRODUCTS + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(product("Coordinator Edit", List.of(), List.of()))
                .when().put(BRIGHTPATH_PRODUCTS + "/" + id)
                .then().statusCode(403);
        given().when().get("/api/products/" + id).then().body("name", equalTo("Guarded App"));
    }

    @Test
    void anUnknownDataElementIsRejectedNamingItsPosition() {
        VendorFixtures.ensureBrightpath();
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(product("Bad Elements", List.of("STUDENT_NAME", "SHOE_SIZE"), List.of()))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dataElements[1]"))
                .body("errors[0].message", containsString("'SHOE_SIZE' is not one of"))
                .body("detail", not(containsString("org.compactdpa")));
    }

    @Test
    void aMalformedUrlAndAnEmptyNameAreNamed() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("", List.of(), List.of());
        body.put("url", "ftp:/nope");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("url"));
    }

    @Test
    void otherDataNeedsADescription() {
        VendorFixtures.ensureBrightpath();
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(product("Vague App", List.of("OTHER"), List.of()))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("otherDataElements"));
    }

    @Test
    void aChangedDeclarationBecomesANewVersionWithItsDiff() {
        String id = brightpathProduct("Math Meadow", List.of("STUDENT_NAME", "ATTENDANCE"),
                List.of(subprocessor("CloudHost", "US"), subprocessor("MailCo", "US")));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(product("Math Meadow", List.of("STUDENT_NAME", "SPECIAL_INDICATOR"),
                        List.of(subprocessor("CloudHost", "EU"), subprocessor("Analytics Inc", "US"))))
                .when().put(BRIGHTPATH_PRODUCTS + "/" + id)
                .then().statusCode(200).body("declarationVersion", equalTo(2));

        given().when().get(BRIGHTPATH_PRODUCTS + "/" + id + "/declarations")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].version", equalTo(2))
                .body("[0].changes.addedDataElements", equalTo(List.of("SPECIAL_INDICATOR")))
                .body("[0].changes.removedDataElements", equalTo(List.of("ATTENDANCE")))
                .body("[0].changes.addedSubprocessors", equalTo(List.of("Analytics Inc")))
                .body("[0].changes.removedSubprocessors", equalTo(List.of("MailCo")))
                .body("[0].changes.changedSubprocessors", equalTo(List.of("CloudHost")))
                .body("[1].version", equalTo(1))
                .body("[1].changes", nullValue())
                .body("[1].dataElements", equalTo(List.of("ATTENDANCE", "STUDENT_NAME")));
    }

    @Test
    void anUnchangedDeclarationKeepsItsVersion() {
        String id = brightpathProduct("Steady App", List.of("STUDENT_NAME"), List.of(subprocessor("CloudHost", "US")));
        Map<String, Object> same = product("Steady App Renamed", List.of("STUDENT_NAME"),
                List.of(subprocessor("CloudHost", "US")));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(same)
                .when().put(BRIGHTPATH_PRODUCTS + "/" + id)
                .then().statusCode(200).body("declarationVersion", equalTo(1)).body("name", equalTo("Steady App Renamed"));
    }

    @Test
    void productsAreFoundByTheDataElementsTheyCollect() {
        String special = brightpathProduct("Support Tracker " + UUID.randomUUID(), List.of("SPECIAL_INDICATOR"), List.of());
        String plain = brightpathProduct("Plain Quiz " + UUID.randomUUID(), List.of("ASSESSMENT"), List.of());
        given().queryParam("dataElement", "special_indicator").queryParam("size", 200).when().get("/api/products")
                .then().statusCode(200)
                .body("items.id", hasItem(special))
                .body("items.id", not(hasItem(plain)));
    }

    @Test
    void productNamesAreFoundWithoutAccentsOrCase() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = brightpathProduct("Lecture Élan " + tag, List.of("STUDENT_WORK"), List.of());
        given().queryParam("q", "LECTURE ELAN " + tag).when().get("/api/products")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().queryParam("q", "élan " + tag).queryParam("dataElement", "STUDENT_WORK").when().get("/api/products")
                .then().statusCode(200).body("items[0].id", equalTo(id));
    }

    @Test
    void anUnknownDataElementFilterIs400Problem() {
        given().queryParam("dataElement", "SHOE_SIZE").when().get("/api/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dataElement"));
    }

    @Test
    void aProductOfAnotherVendorPathIs404() {
        String id = brightpathProduct("Path Check", List.of(), List.of());
        given().when().get("/api/vendors/" + DemoOrganisations.QUILLSTONE + "/products/" + id + "/declarations")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
