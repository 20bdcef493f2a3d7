package org.compactdpa.signatures.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.signing.SignatureRecordIT;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public registry: every filter narrows, filters combine, nothing private is shown, and pages stay
 * cheap at any size and depth (a capped count, cursors, plans made for each search's values).
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class RegistryIT {

    static final UUID OTHER_VENDOR = UUID.randomUUID();

    @Inject
    RegistrySearch search;
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

    static JsonPath page(Map<String, ?> query) {
        return given().queryParams(query).when().get("/api/registry/agreements").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesByCursorWalkTheSameAgreementsInTheSameOrderAsPagesByNumber() {
        UUID vendor = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        SigningFlowIT.vendor(vendor, "Cursorwalk Learning", true);
        SigningFlowIT.product(product, vendor, "Cursorwalk Atlas", List.of(DataElement.SCHEDULE));
        UUID terms = SigningFlowIT.terms("STANDARD", false, vendor, product, "MA");
        List<String> made = IntStream.range(0, 5)
                .mapToObj(i -> SigningFlowIT.prepare(terms, DemoOrganisations.MAPLE, false, product)).toList();

        JsonPath first = page(Map.of("vendorId", vendor, "size", 2));
        assertThat(first.getLong("total")).isEqualTo(5);
        assertThat(first.getBoolean("totalExact")).isTrue();
        assertThat(first.getBoolean("hasMore")).isTrue();
        List<String> byNumber = new java.util.ArrayList<>(first.getList("items.id"));
        for (int number = 1; number <= 2; number++) {
            byNumber.addAll(page(Map.of("vendorId", vendor, "size", 2, "page", number)).getList("items.id"));
        }
        List<String> byCursor = new java.util.ArrayList<>();
        String after = null;
        JsonPath last = null;
        do {
            Map<String, Object> query = new LinkedHashMap<>(Map.of("vendorId", vendor, "size", 2));
            if (after != null) {
                query.put("after", after);
            }
            last = page(query);
            byCursor.addAll(last.getList("items.id"));
            after = last.getString("next");
        } while (after != null);

        List<String> newestFirst = new java.util.ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        assertThat(byNumber).as("newest first").containsExactlyElementsOf(newestFirst);
        assertThat(byCursor).containsExactlyElementsOf(byNumber);
        assertThat(last.getBoolean("hasMore")).isFalse();
        assertThat(last.getList("items")).hasSize(1);
        JsonPath third = page(Map.of("vendorId", vendor, "size", 2, "page", 2));
        assertThat(third.getLong("total")).isEqualTo(5);
        assertThat(third.getBoolean("totalExact")).isTrue();
        assertThat(third.getString("next")).isNull();
        JsonPath beyond = page(Map.of("vendorId", vendor, "size", 2, "page", 7));
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getLong("total")).as("a page past the end still counts the matches").isEqualTo(5);
    }

    @Test
    void aLargeResultIsCountedOnlyUpToTheCapAndReadToTheEndByCursor() {
        // 1,005 agreements of one vendor written straight into the table (the API would take minutes),
        // in pairs created at the same instant, so the cursor must break ties by id.
        UUID vendor = UUID.randomUUID();
        String model = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", false), DemoOrganisations.MAPLE, false);
        TestDatabase.execute(Rows.DB, "insert into agreement (id, kind, terms_id, terms_hash, classification, vendor_id,"
                + " vendor_name, district_id, district_name, consortium_id, state, general_offer, status, document,"
                + " document_hash, search_text, created_at, created_by, updated_at)"
                + " select gen_random_uuid(), kind, terms_id, terms_hash, classification, ?, 'Bulkwise Learning',"
                + " district_id, district_name, consortium_id, state, false, status, document, document_hash,"
                + " 'bulkwise learning ' || district_name,"
                + " created_at - make_interval(secs => n / 2), created_by, updated_at"
                + " from agreement, generate_series(1, 1005) n where id = ?", vendor, UUID.fromString(model));
        TestDatabase.execute(Rows.DB, "insert into agreement_product (agreement_id, product_id, name, data_elements)"
                + " select id, gen_random_uuid(), 'Bulkwise Route Planner', ',TRANSPORTATION,' from agreement where vendor_id = ?",
                vendor);

        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("vendorId", vendor),
                Map.of("vendorId", vendor, "dataElement", "TRANSPORTATION", "q", "bulkwise"))) {
            JsonPath first = page(query);
            assertThat(first.getLong("total")).as("counted up to the cap").isEqualTo(RegistryQuery.COUNT_CAP);
            assertThat(first.getBoolean("totalExact")).isFalse();
            assertThat(first.getBoolean("hasMore")).isTrue();
            assertThat(first.getList("items")).hasSize(20);
        }

        List<String> expected = Rows.all(List.of(), "select id::text as id from agreement where vendor_id = ?"
                + " order by created_at desc, id", vendor).stream().map(row -> (String) row.get("id")).toList();
        List<String> walked = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> query = new LinkedHashMap<>(Map.of("vendorId", vendor, "size", 200));
            if (after != null) {
                query.put("after", after);
            }
            JsonPath page = page(query);
            walked.addAll(page.getList("items.id"));
            after = page.getString("next");
        } while (after != null);
        assertThat(walked).hasSize(1_005).doesNotHaveDuplicates().containsExactlyElementsOf(expected);

        given().queryParam("vendorId", vendor.toString()).queryParam("page", 501).queryParam("size", 20)
                .when().get("/api/registry/agreements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("after", "not-one-of-ours").when().get("/api/registry/agreements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
    }

    @Test
    void theSixthSearchOfAShapeIsStillPlannedForItsOwnValues() {
        // PostgreSQL plans a kept statement for its values five times, then may keep one generic plan for
        // every value; the registry's sessions ask for plans made for each search's values. Seen on a
        // connection of the registry's own pool, as a search gets it.
        RegistryQuery.Statement statement = new RegistryQuery(new RegistryQuery.Filters(null, null, null, null, null,
                "STUDENT_NAME", null)).page(null, 0, 20);
        String plan = search.pool().withConnection(connection -> {
            Uni<RowSet<Row>> steps = connection.query("prepare registry_page as " + statement.sql()).execute();
            for (int i = 0; i < 6; i++) {
                steps = steps.chain(() -> connection.query("execute registry_page('STUDENT_NAME', 101, 0, 21)").execute());
            }
            return steps.chain(() -> connection.query("explain execute registry_page('TRANSPORTATION', 101, 0, 21)")
                    .execute());
        }).map(rows -> {
            List<String> lines = new java.util.ArrayList<>();
            rows.forEach(row -> lines.add(row.getString(0)));
            return String.join("\n", lines);
        }).await().atMost(Duration.ofSeconds(30));
        // A plan for the value names it; a generic plan would name the parameter instead.
        assertThat(plan).contains("data_element = 'TRANSPORTATION'").doesNotContain("data_element = $");

        String settings = search.pool().query("select current_setting('plan_cache_mode') || ' '"
                + " || current_setting('max_parallel_workers_per_gather')").execute()
                .map(rows -> rows.iterator().next().getString(0)).await().atMost(Duration.ofSeconds(30));
        assertThat(settings).isEqualTo("force_custom_plan 0");
    }
}
