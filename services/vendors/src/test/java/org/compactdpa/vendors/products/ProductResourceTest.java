package org.compactdpa.vendors.products;

import static io.restassured.RestAssured.given;
import static org.compactdpa.vendors.VendorFixtures.brightpathProduct;
import static org.compactdpa.vendors.VendorFixtures.product;
import static org.compactdpa.vendors.VendorFixtures.subprocessor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.compactdpa.vendors.VendorFixtures;
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
                .body("gradeBands", equalTo(List.of("K-2", "3-5")))
                .body("categories", equalTo(List.of("Literacy")))
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
    void staffCannotReachAnotherVendorsProductThroughTheirOwnVendorPath() {
        String id = brightpathProduct("Borrowed Path App", List.of("STUDENT_NAME"),
                List.of(subprocessor("CloudHost", "US")));
        VendorFixtures.ensureQuillstone();
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .contentType(ContentType.JSON)
                .body(product("Taken Over App", List.of("TRANSCRIPT"), List.of(subprocessor("RivalHost", "EU"))))
                .when().put("/api/vendors/" + DemoOrganisations.QUILLSTONE + "/products/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(id));

        given().when().get("/api/products/" + id)
                .then().statusCode(200)
                .body("vendorId", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                .body("name", equalTo("Borrowed Path App"))
                .body("dataElements", equalTo(List.of("STUDENT_NAME")))
                .body("subprocessors.name", equalTo(List.of("CloudHost")))
                .body("declarationVersion", equalTo(1));
        given().when().get(BRIGHTPATH_PRODUCTS + "/" + id + "/declarations")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aSecurityFrameworkOfOtherNeedsItsName() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("Framework App " + UUID.randomUUID(), List.of(), List.of());
        body.put("securityFramework", "OTHER");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("securityFrameworkOther"))
                .body("errors", hasSize(1));

        body.put("securityFrameworkOther", "  HITRUST CSF ");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(201)
                .body("securityFramework", equalTo("OTHER"))
                .body("securityFrameworkOther", equalTo("HITRUST CSF"));
    }

    @Test
    void anUnknownSecurityFrameworkIsNamed() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("Unknown Framework App", List.of(), List.of());
        body.put("securityFramework", "SOC_2");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("securityFramework"))
                .body("errors[0].message", containsString("'SOC_2' is not one of"))
                .body("errors[0].message", containsString("NIST_800_171"));
    }

    @Test
    void aBadGradeBandIsNamedWithItsPosition() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("Grade Band App", List.of(), List.of());
        body.put("gradeBands", List.of("K-2", "K-13"));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("gradeBands[1]"))
                .body("errors[0].message", containsString("must be one of PK"));
    }

    @Test
    void aCategoryWithACommaIsRefusedRatherThanSplit() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("Comma Category App", List.of(), List.of());
        body.put("categories", List.of("Math", "Reading, Writing"));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("categories[1]"))
                .body("errors[0].message", equalTo("must not contain a comma"));
    }

    @Test
    void otherDataWithItsDescriptionIsAccepted() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> body = product("Described Other App", List.of("OTHER", "STUDENT_NAME"), List.of());
        body.put("otherDataElements", " reading level ");
        String id = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(201)
                .body("dataElements", equalTo(List.of("STUDENT_NAME", "OTHER")))
                .body("otherDataElements", equalTo("reading level"))
                .extract().path("id");
        given().queryParam("dataElement", "OTHER").queryParam("size", 200).when().get("/api/products")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aSubprocessorNamedTwiceIsRefused() {
        VendorFixtures.ensureBrightpath();
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(product("Twice Named App", List.of(), List.of(subprocessor("CloudHost", "US"),
                        subprocessor(" cloudhost", "EU"))))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subprocessors"))
                .body("errors[0].message", containsString("once"));
        given().queryParam("q", "Twice Named App").when().get("/api/products")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnknownDataElementOfASubprocessorIsNamedByItsPath() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> sharing = Map.of("name", "Analytics Inc", "purpose", "usage analytics",
                "dataElements", List.of("STUDENT_NAME", "SHOE_SIZE"), "location", "US");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(product("Leaky Subprocessor App", List.of(), List.of(subprocessor("CloudHost", "US"), sharing)))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subprocessors[1].dataElements[1]"))
                .body("errors[0].message", containsString("'SHOE_SIZE' is not one of"));
    }

    @Test
    void aMissingDataElementOfASubprocessorIsNamedNotAServerError() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> sharing = new HashMap<>(Map.of("name", "Analytics Inc", "purpose", "usage analytics",
                "location", "US"));
        sharing.put("dataElements", Arrays.asList("STUDENT_NAME", null));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(product("Null Element App", List.of(), List.of(sharing)))
                .when().post(BRIGHTPATH_PRODUCTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subprocessors[0].dataElements[1]"))
                .body("errors[0].message", equalTo("must not be null"));
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
    void aPrefixMatchRanksBeforeAContainsMatchAndPagesCount() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String prefix = brightpathProduct("Quokka Maps " + tag, List.of(), List.of());
        String contains = brightpathProduct("Atlas Quokka Maps " + tag, List.of(), List.of());

        given().queryParam("q", "quokka maps " + tag).when().get("/api/products")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(prefix, contains)));
        given().queryParam("q", "QUOKKA MAPS " + tag).queryParam("size", 1).when().get("/api/products")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("page", equalTo(0))
                .body("items.id", equalTo(List.of(prefix)));
        given().queryParam("q", "quokka maps " + tag).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/products")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("items.id", equalTo(List.of(contains)));
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
