package org.compactdpa.signatures.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.signing.SignatureRecordIT;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public registry: every filter narrows, filters combine, and nothing private is shown. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class RegistryIT {

    static final UUID OTHER_VENDOR = UUID.randomUUID();
    static final UUID OTHER_PRODUCT = UUID.randomUUID();

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
        SigningFlowIT.vendor(OTHER_VENDOR, "Lanternfish Labs", true);
        SigningFlowIT.product(OTHER_PRODUCT, OTHER_VENDOR, "Lanternfish Transcripts", List.of(DataElement.TRANSCRIPT));
    }

    static List<String> ids(Map<String, String> filters) {
        return given().queryParams(filters).queryParam("size", 200).when().get("/api/registry/agreements")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void theRegistryCombinesFilters() {
        // Two agreements that differ in every filter: Maple's executed Brightpath offer in MA, and an
        // unsigned Lanternfish agreement of Granite Hills in NH.
        String maple = SigningFlowIT.executedOffer();
        String granite = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true, OTHER_VENDOR, OTHER_PRODUCT, "NH"),
                DemoOrganisations.GRANITE, false, OTHER_PRODUCT);
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("state", List.of("MA", "nh"));
        values.put("districtId", List.of(DemoOrganisations.MAPLE.toString(), DemoOrganisations.GRANITE.toString()));
        values.put("vendorId", List.of(DemoOrganisations.BRIGHTPATH.toString(), OTHER_VENDOR.toString()));
        values.put("productId", List.of(SigningFlowIT.PRODUCT.toString(), OTHER_PRODUCT.toString()));
        values.put("status", List.of("EXECUTED", "awaiting_vendor"));
        values.put("dataElement", List.of("assessment", "TRANSCRIPT"));
        values.put("q", List.of("maple", "lanternfish"));

        Map<String, String> allOfMaple = new LinkedHashMap<>();
        values.forEach((filter, pair) -> allOfMaple.put(filter, pair.get(0)));
        assertThat(ids(allOfMaple)).as("all filters of Maple's").contains(maple).doesNotContain(granite);

        for (var filter : values.entrySet()) {
            String name = filter.getKey();
            assertThat(ids(Map.of(name, filter.getValue().get(0)))).as(name + " of Maple's")
                    .contains(maple).doesNotContain(granite);
            assertThat(ids(Map.of(name, filter.getValue().get(1)))).as(name + " of Granite's")
                    .contains(granite).doesNotContain(maple);
            // Combined, one filter that does not match is enough to leave the agreement out.
            Map<String, String> oneOff = new LinkedHashMap<>(allOfMaple);
            oneOff.put(name, filter.getValue().get(1));
            assertThat(ids(oneOff)).as("Maple's filters but " + name).doesNotContain(maple, granite);
        }

        given().queryParam("status", "SIGNED-ISH").when().get("/api/registry/agreements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("dataElement", "SHOE_SIZE").when().get("/api/registry/agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dataElement"));
    }

    @Test
    void theRegistryShowsPublicFieldsOnly() {
        String agreement = SigningFlowIT.executedOffer();
        given().header("Authorization", Tokens.bearer("maple-signer")).contentType("application/json")
                .body(Map.of("reason", "Moving to another reading programme"))
                .when().post("/api/agreements/" + agreement + "/terminate").then().statusCode(200);

        String page = given().queryParam("districtId", DemoOrganisations.MAPLE.toString()).queryParam("q", "maple")
                .queryParam("size", 200).when().get("/api/registry/agreements").then().statusCode(200).extract().asString();
        String one = given().when().get("/api/registry/agreements/" + agreement).then().statusCode(200).extract().asString();
        for (String body : List.of(page, one)) {
            assertThat(body).contains(agreement)
                    .doesNotContain("@demo.compactdpa.org", "compact-tests", "Moving to another reading programme",
                            SignatureRecordIT.claims("maple-signer").getString("sub"),
                            SignatureRecordIT.claims("brightpath-signer").getString("sub"));
        }
        JsonPath item = JsonPath.from(one);
        assertThat(item.getMap("$").keySet()).containsExactlyInAnyOrder("id", "kind", "originAgreementId", "status",
                "termsId", "termsHash", "classification", "vendorId", "vendor", "districtId", "district", "consortiumId",
                "state", "generalOffer", "offerWithdrawn", "documentSha256", "effectiveOn", "expiresOn", "products",
                "signatures", "createdAt");
        assertThat(item.getMap("signatures[0]").keySet())
                .containsExactlyInAnyOrder("party", "signer", "signedAt", "documentSha256");
        assertThat(item.getString("status")).isEqualTo("TERMINATED");
    }

    @Test
    void theRegistryOrderHasAnIndexToWalk() {
        // With the table scan ruled out, the planner must find the order in an index rather than sort.
        String plan = String.join("\n", Rows.all(List.of("set enable_seqscan = off", "set enable_sort = off"),
                "explain select id from agreement order by created_at desc, id limit 20").stream()
                .map(row -> String.valueOf(row.values().iterator().next())).toList());
        assertThat(plan).contains("agreement_created").doesNotContain("Sort");
    }
}
