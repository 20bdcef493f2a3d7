package org.compactdpa.districts.districts;

import static io.restassured.RestAssured.given;
import static org.compactdpa.districts.support.DemoDistricts.newNcesId;
import static org.compactdpa.districts.support.DemoDistricts.registration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class DistrictResourceTest {

    @Test
    void coordinatorRegistersADistrictAndAnyoneReadsIt() {
        String nces = newNcesId();
        String location = given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(registration("Lakeview Public Schools", "ma", nces))
                .when().post("/api/districts")
                .then().statusCode(201)
                .header("Location", containsString("/api/districts/"))
                .body("name", equalTo("Lakeview Public Schools"))
                .body("state", equalTo("MA"))
                .body("ncesId", equalTo(nces))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/districts/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("contactEmail", equalTo("privacy@example.org"));
        given().queryParam("state", "MA").queryParam("q", "lakeview").queryParam("size", 5)
                .when().get("/api/districts")
                .then().statusCode(200).body("items.ncesId", hasItem(nces)).body("size", equalTo(5));
    }

    @Test
    void withoutATokenRegistrationIs401Problem() {
        given().contentType(ContentType.JSON).body(registration("No Token", "MA", newNcesId()))
                .when().post("/api/districts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void districtStaffMayNotRegisterDistricts() {
        given().header("Authorization", Tokens.bearer("maple-staff"))
                .contentType(ContentType.JSON).body(registration("Wrong Role", "MA", newNcesId()))
                .when().post("/api/districts")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void anUnknownStateCodeIsRejectedNamingTheField() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(registration("Nowhere", "XX", newNcesId()))
                .when().post("/api/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("XX"));
    }

    @Test
    void malformedFieldsAreAllNamed() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "state", "MA", "ncesId", "12AB", "contactEmail", "not-an-email"))
                .when().post("/api/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("ncesId"))
                .body("errors.field", hasItem("contactEmail"));
    }

    @Test
    void aDuplicateNcesIdIsAConflictNamingTheField() {
        String nces = newNcesId();
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(registration("First Holder", "MA", nces))
                .when().post("/api/districts").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(registration("Second Holder", "MA", nces))
                .when().post("/api/districts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ncesId"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body("{\"name\": \"Broken\", ")
                .when().post("/api/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void aWrongTypeInJsonNamesTheField() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body("{\"id\": \"not-a-uuid\", \"name\": \"X\"}")
                .when().post("/api/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void anUnknownIdIs404Problem() {
        given().when().get("/api/districts/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", startsWith("https://compactdpa.org/problems/"))
                .body("detail", containsString("does not exist"));
    }

    @Test
    void aMalformedIdIs404NotA500() {
        given().when().get("/api/districts/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidPagingIs400Problem() {
        given().queryParam("size", 1000).when().get("/api/districts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }
}
