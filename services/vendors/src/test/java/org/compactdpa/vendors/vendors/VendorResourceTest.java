package org.compactdpa.vendors.vendors;

import static io.restassured.RestAssured.given;
import static org.compactdpa.vendors.VendorFixtures.ensureBrightpath;
import static org.compactdpa.vendors.VendorFixtures.vendor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.compactdpa.vendors.VendorFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class VendorResourceTest {

    private static String registerAsCoordinator(String legalName) {
        String location = given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(vendor(legalName))
                .when().post("/api/vendors")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void vendorStaffRegisterTheVendorTheyActFor() {
        ensureBrightpath();
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get("/api/vendors/" + DemoOrganisations.BRIGHTPATH)
                .then().statusCode(200)
                .body("id", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                .body("breachContact.email", equalTo("security@vendor.example.com"));
    }

    @Test
    void thePublicSeesTheCompanyButNotItsPeople() {
        ensureBrightpath();
        given().when().get("/api/vendors/" + DemoOrganisations.BRIGHTPATH)
                .then().statusCode(200)
                .body("legalName", notNullValue())
                .body("representative", nullValue())
                .body("breachContact", nullValue());
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/vendors/" + DemoOrganisations.BRIGHTPATH)
                .then().statusCode(200).body("representative.name", equalTo("Riley Rep"));
    }

    @Test
    void vendorStaffCannotRegisterAnotherVendor() {
        Map<String, Object> body = vendor("Impostor Inc.");
        body.put("id", DemoOrganisations.QUILLSTONE.toString());
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/vendors")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void districtStaffCannotRegisterVendors() {
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .contentType(ContentType.JSON).body(vendor("District Side Project"))
                .when().post("/api/vendors")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void malformedUrlEmailAndEmptyNameAreNamed() {
        Map<String, Object> body = vendor("");
        body.put("website", "not a url");
        body.put("representative", Map.of("name", "Riley", "email", "riley-at-example"));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/vendors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("legalName"))
                .body("errors.field", hasItem("website"))
                .body("errors.field", hasItem("representative.email"));
    }

    @Test
    void staffOfAnotherVendorCannotEditIt() {
        ensureBrightpath();
        VendorFixtures.ensureQuillstone();
        given().header("Authorization", Tokens.bearer("quillstone-staff"))
                .contentType(ContentType.JSON).body(vendor("Hijacked Name"))
                .when().put("/api/vendors/" + DemoOrganisations.BRIGHTPATH)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/vendors/" + DemoOrganisations.BRIGHTPATH)
                .then().body("legalName", equalTo("Brightpath Learning, Inc."));
    }

    @Test
    void anUpdateKeepsThePreviousVersionInTheHistory() {
        String id = registerAsCoordinator("Before Rename LLC");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(vendor("After Rename LLC"))
                .when().put("/api/vendors/" + id)
                .then().statusCode(200).body("revision", equalTo(2)).body("legalName", equalTo("After Rename LLC"));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().get("/api/vendors/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].revision", equalTo(2))
                .body("[1].profile.legalName", equalTo("Before Rename LLC"));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get("/api/vendors/" + id + "/history")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void vendorStaffEditTheirOwnVendorAndTheHistoryGrows() {
        ensureBrightpath();
        String path = "/api/vendors/" + DemoOrganisations.BRIGHTPATH;
        int before = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get(path + "/history")
                .then().statusCode(200).extract().path("size()");
        String title = "Privacy Lead " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = vendor("Brightpath Learning, Inc.");
        body.put("representative", Map.of("name", "Riley Rep", "title", title, "email", "riley@vendor.example.com"));

        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().put(path)
                .then().statusCode(200)
                .body("id", equalTo(DemoOrganisations.BRIGHTPATH.toString()))
                .body("revision", equalTo(before + 1))
                .body("representative.title", equalTo(title));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().get(path + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(before + 1))
                .body("[0].revision", equalTo(before + 1))
                .body("[0].profile.representative.title", equalTo(title))
                .body("[1].revision", equalTo(before))
                .body("[1].profile.representative.title", not(equalTo(title)));
    }

    @Test
    void searchResultsCarryNoContactsEvenForThoseWhoMaySeeThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = registerAsCoordinator("Contactless Search " + suffix);
        given().queryParam("q", "contactless search " + suffix).when().get("/api/vendors")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].legalName", equalTo("Contactless Search " + suffix))
                .body("items[0]", not(hasKey("representative")))
                .body("items[0]", not(hasKey("breachContact")))
                .body("items[0]", not(hasKey("address")));
        given().header("Authorization", Tokens.bearer("coordinator"))
                .queryParam("q", "contactless search " + suffix).when().get("/api/vendors")
                .then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0]", not(hasKey("representative")))
                .body("items[0]", not(hasKey("breachContact")));
    }

    @Test
    void theHistoryNeedsASignedInCaller() {
        ensureBrightpath();
        given().when().get("/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/history")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aPlatformAdminVerifiesAVendorAndReadsItsHistory() {
        String id = registerAsCoordinator("Admin Checked Ltd");
        given().header("Authorization", Tokens.bearer("admin"))
                .when().post("/api/vendors/" + id + "/verify")
                .then().statusCode(200)
                .body("verified", equalTo(true))
                .body("verifiedAt", notNullValue())
                .body("breachContact.email", equalTo("security@vendor.example.com"));
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get("/api/vendors/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].profile.legalName", equalTo("Admin Checked Ltd"));
    }

    @Test
    void coordinatorsVerifyVendorsOnce() {
        String id = registerAsCoordinator("To Be Verified Corp");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .when().post("/api/vendors/" + id + "/verify")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/vendors/" + id + "/verify")
                .then().statusCode(200).body("verified", equalTo(true)).body("verifiedAt", notNullValue());
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/vendors/" + id + "/verify")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already verified"));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndPutsPrefixMatchesFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ecole = registerAsCoordinator("École Numérique " + suffix);
        String other = registerAsCoordinator("Grande Ecole Numerique " + suffix);

        given().queryParam("q", "ECOLE NUMERIQUE " + suffix.toUpperCase()).when().get("/api/vendors")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo(ecole))
                .body("items[1].id", equalTo(other));
        given().queryParam("q", "numérique " + suffix).queryParam("size", 1).when().get("/api/vendors")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1));
    }

    @Test
    void anUnknownVendorIs404Problem() {
        given().when().get("/api/vendors/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
