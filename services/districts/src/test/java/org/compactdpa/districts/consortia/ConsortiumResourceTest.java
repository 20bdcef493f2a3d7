package org.compactdpa.districts.consortia;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.districts.support.DemoDistricts;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ConsortiumResourceTest {

    private static String createAsAdmin(String name, List<String> states) {
        String location = given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body(Map.of("name", name, "states", states))
                .when().post("/api/consortia")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String registerDistrict(String state) {
        String nces = DemoDistricts.newNcesId();
        String location = given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(DemoDistricts.registration("Member " + nces, state, nces))
                .when().post("/api/districts")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The demo coordinator's own consortium, created once (later calls find it taken). */
    private static void ensureOwnConsortium() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Coordinator's Own Cooperative", "states", List.of("MA", "NH")))
                .when().post("/api/consortia");
        given().when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM).then().statusCode(200);
    }

    @Test
    void aCoordinatorCreatesTheConsortiumTheyActFor() {
        ensureOwnConsortium();
        given().when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM)
                .then().statusCode(200)
                .body("name", equalTo("Coordinator's Own Cooperative"))
                .body("states", equalTo(List.of("MA", "NH")));
    }

    @Test
    void aCoordinatorCannotCreateAnotherConsortium() {
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("id", UUID.randomUUID().toString(), "name", "Someone Else's", "states", List.of("MA")))
                .when().post("/api/consortia")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void vendorStaffCannotCreateConsortia() {
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(Map.of("name", "Vendor Club", "states", List.of("MA")))
                .when().post("/api/consortia")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownStateIsRejectedNamingItsPosition() {
        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body(Map.of("name", "Bad States", "states", List.of("MA", "ZZ")))
                .when().post("/api/consortia")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("states[1]"));
    }

    @Test
    void missingFieldsAreNamed() {
        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/consortia")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("states"));
    }

    @Test
    void aMissingBodyIs400Problem() {
        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON)
                .when().post("/api/consortia")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDuplicateNameIsAConflict() {
        String name = "Duplicate Name " + UUID.randomUUID();
        createAsAdmin(name, List.of("RI"));
        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase(), "states", List.of("RI")))
                .when().post("/api/consortia")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void theCoordinatorAddsMembersToTheirOwnConsortium() {
        ensureOwnConsortium();
        String district = registerDistrict("NH");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", district))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members")
                .then().statusCode(201).body("districtId", equalTo(district));
        given().queryParam("size", 200).when().get("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members")
                .then().statusCode(200).body("items.districtId", hasItem(district));

        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", district))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aCoordinatorOfAnotherConsortiumCannotAddMembers() {
        String foreign = createAsAdmin("Foreign Alliance " + UUID.randomUUID(), List.of("MA"));
        String district = registerDistrict("MA");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", district))
                .when().post("/api/consortia/" + foreign + "/members")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(foreign));
        given().when().get("/api/consortia/" + foreign + "/members").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aDistrictOutsideTheConsortiumsStatesIsUnprocessable() {
        ensureOwnConsortium();
        String texan = registerDistrict("TX");
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", texan))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("districtId"))
                .body("detail", containsString("TX"));
    }

    @Test
    void anUnknownDistrictOrConsortiumIsRefused() {
        ensureOwnConsortium();
        given().header("Authorization", Tokens.bearer("coordinator"))
                .contentType(ContentType.JSON).body(Map.of("districtId", UUID.randomUUID().toString()))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("districtId"));
        UUID unknown = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body(Map.of("districtId", UUID.randomUUID().toString()))
                .when().post("/api/consortia/" + unknown + "/members")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consortiumId"))
                .body("detail", containsString(unknown.toString()));
        given().when().get("/api/consortia/" + unknown + "/members")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consortiumId"));
        given().when().get("/api/consortia/" + unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consortiumId"));
    }

    @Test
    void aCoordinatorCannotProbeWhichOtherConsortiaExist() {
        String existing = createAsAdmin("Probed Alliance " + UUID.randomUUID(), List.of("MA"));
        String district = registerDistrict("MA");
        for (String consortium : List.of(existing, UUID.randomUUID().toString())) {
            given().header("Authorization", Tokens.bearer("coordinator"))
                    .contentType(ContentType.JSON).body(Map.of("districtId", district))
                    .when().post("/api/consortia/" + consortium + "/members")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("errors", nullValue());
        }
    }

    @Test
    void addingMembersNeedsTheConsortiumsCoordinator() {
        String consortium = createAsAdmin("Guarded Alliance " + UUID.randomUUID(), List.of("MA"));
        String district = registerDistrict("MA");
        given().contentType(ContentType.JSON).body(Map.of("districtId", district))
                .when().post("/api/consortia/" + consortium + "/members")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        for (String user : List.of("brightpath-staff", "maple-staff")) {
            given().header("Authorization", Tokens.bearer(user))
                    .contentType(ContentType.JSON).body(Map.of("districtId", district))
                    .when().post("/api/consortia/" + consortium + "/members")
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
        given().when().get("/api/consortia/" + consortium + "/members").then().statusCode(200).body("total", equalTo(0));

        given().header("Authorization", Tokens.bearer("admin"))
                .contentType(ContentType.JSON).body(Map.of("districtId", district))
                .when().post("/api/consortia/" + consortium + "/members")
                .then().statusCode(201);
        given().when().get("/api/consortia/" + consortium + "/members")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].districtId", equalTo(district));
    }

    @Test
    void consortiaAreListedByPage() {
        createAsAdmin("Paged Alliance " + UUID.randomUUID(), List.of("VT"));
        given().queryParam("page", 0).queryParam("size", 1).when().get("/api/consortia")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1));
    }
}
