package org.compactdpa.vendors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.testing.LargestValues.assertWithinBudget;
import static org.compactdpa.testing.LargestValues.bodySize;
import static org.compactdpa.testing.LargestValues.escapedBodySize;
import static org.compactdpa.testing.LargestValues.text;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The largest request each write endpoint accepts (every text at its limit in three-byte characters,
 * every list full) produces events the broker takes, well under its 1 MiB record limit; a field over
 * its limit is a 422 naming it, and a body over the service's limit a 413.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class LargestInputIT {

    private static final String PRODUCTS = "/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/products/";

    @Test
    void theLargestVendorProfileIsAnnouncedOnEveryStep() {
        UUID id = UUID.randomUUID();
        Map<String, Object> vendor = largestVendor("A");
        vendor.put("id", id.toString());
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON).body(vendor)
                .when().post("/api/vendors").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(largestVendor("B")).when().put("/api/vendors/" + id).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/vendors/" + id + "/verify").then().statusCode(200);

        List<KafkaEvents.Received> events = PublishedEvents.eventsOf(id.toString(), "org.compactdpa.vendor.verified.v1");
        assertThat(events).extracting(KafkaEvents.Received::type).containsExactly(
                "org.compactdpa.vendor.registered.v1", "org.compactdpa.vendor.profile-changed.v1",
                "org.compactdpa.vendor.verified.v1");
        assertWithinBudget(events);
        assertThat(events.get(1).payload()).contains(text("B", Limits.LEGAL_NAME));
    }

    @Test
    void theLargestProductAndAChangeOfEverySubprocessorAreAnnounced() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> first = largestProduct("A");
        String location = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(first).when().post(PRODUCTS)
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // Every subprocessor replaced by another: the change event carries the new list and both sets of names.
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(largestProduct("B")).when().put(PRODUCTS + id)
                .then().statusCode(200).body("declarationVersion", equalTo(2));

        List<KafkaEvents.Received> events = PublishedEvents.eventsOf(id,
                "org.compactdpa.product.subprocessors-changed.v1");
        assertThat(events).extracting(KafkaEvents.Received::type).containsExactlyInAnyOrder(
                "org.compactdpa.product.registered.v1",
                "org.compactdpa.product.details-changed.v1",
                "org.compactdpa.product.declaration-changed.v1",
                "org.compactdpa.product.subprocessors-changed.v1");
        assertWithinBudget(events);
        KafkaEvents.Received changed = events.stream()
                .filter(e -> e.type().equals("org.compactdpa.product.subprocessors-changed.v1")).findFirst().orElseThrow();
        assertThat(changed.payload()).contains(text("B-subprocessor-99-", Limits.NAME))
                .contains(text("A-subprocessor-99-", Limits.NAME));
    }

    @Test
    void aMegabyteSubprocessorListOrExhibitBTextIsRefusedNamingTheField() {
        VendorFixtures.ensureBrightpath();
        Map<String, Object> product = VendorFixtures.product("Megabyte App", List.of("OTHER"), List.of());
        product.put("otherDataElements", "x".repeat(1_000_000));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON).body(product)
                .when().post(PRODUCTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://compactdpa.org/problems/over-limit"))
                .body("errors.field", equalTo(List.of("otherDataElements")))
                .body("errors[0].message", equalTo("must be at most " + Limits.NOTE + " characters"));

        product.put("otherDataElements", "reading level");
        product.put("subprocessors", IntStream.range(0, 2_000)
                .mapToObj(i -> subprocessor("Sub " + i, "x".repeat(500))).toList());
        assertThat(bodySize(product)).isGreaterThan(1_000_000);
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON).body(product)
                .when().post(PRODUCTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("subprocessors")))
                .body("errors[0].message", equalTo("must hold at most " + Limits.SUBPROCESSORS + " items"))
                .body("detail", equalTo("subprocessors: must hold at most " + Limits.SUBPROCESSORS + " items"));

        product.put("subprocessors", List.of(subprocessor("Sub", "x".repeat(Limits.PURPOSE + 1))));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON).body(product)
                .when().post(PRODUCTS)
                .then().statusCode(422).body("errors.field", hasItem("subprocessors[0].purpose"));
    }

    @Test
    void theLargestValidProductFitsTheBodyLimitTwiceAndALargerBodyIs413() {
        // Written as a client would (UTF-8), and with every non-ASCII character escaped (six bytes each): both fit.
        int raw = bodySize(largestProduct("A"));
        int escaped = escapedBodySize(largestProduct("A"));
        System.out.printf("largest valid product request: %d bytes, %d with every non-ASCII character escaped%n", raw,
                escaped);
        assertThat(escaped).isLessThan(1024 * 1024);

        Map<String, Object> product = VendorFixtures.product("Too Large App", List.of("OTHER"), List.of());
        product.put("otherDataElements", "x".repeat(3 * 1024 * 1024));
        given().header("Authorization", Tokens.bearer("brightpath-staff")).contentType(ContentType.JSON).body(product)
                .when().post(PRODUCTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most " + 2 * 1024 * 1024 + " bytes"));
    }

    static Map<String, Object> largestVendor(String variant) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", text(variant + UUID.randomUUID(), Limits.LEGAL_NAME));
        body.put("doingBusinessAs", text(variant, Limits.LEGAL_NAME));
        body.put("website", text("https://" + variant + ".example/", Limits.URL));
        body.put("address", Map.of("street", text(variant, Limits.LINE), "city", text(variant, Limits.LINE),
                "state", "MA", "postalCode", text(variant, Limits.CODE)));
        body.put("representative", contact(variant));
        body.put("breachContact", contact(variant));
        return body;
    }

    private static Map<String, Object> contact(String variant) {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String email = variant.toLowerCase() + "a".repeat(63) + "@" + domain;
        assertThat(email).hasSize(Limits.EMAIL);
        return Map.of("name", text(variant, Limits.NAME), "title", text(variant, Limits.NAME), "email", email,
                "phone", "+" + "1".repeat(Limits.PHONE - 1));
    }

    /** Every field at its limit, every list full; {@code variant} makes every name differ from another variant's. */
    static Map<String, Object> largestProduct(String variant) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", text(variant + "-product-", Limits.NAME));
        body.put("url", text("https://" + variant + ".example/", Limits.URL));
        body.put("description", text(variant, Limits.DESCRIPTION));
        body.put("gradeBands", IntStream.range(0, Limits.CHOICES).mapToObj(i -> "K-12").toList());
        body.put("categories", IntStream.range(0, Limits.LABELS).mapToObj(i -> text(variant + i + "-", Limits.LABEL)).toList());
        body.put("dataElements", elements());
        body.put("otherDataElements", text(variant, Limits.NOTE));
        body.put("securityFramework", "OTHER");
        body.put("securityFrameworkOther", text(variant, Limits.NAME));
        List<Map<String, Object>> subprocessors = new ArrayList<>();
        for (int i = 0; i < Limits.SUBPROCESSORS; i++) {
            subprocessors.add(Map.of("name", text(variant + "-subprocessor-" + i + "-", Limits.NAME),
                    "purpose", text(variant, Limits.PURPOSE), "dataElements", elements(),
                    "location", text(variant, Limits.LINE)));
        }
        body.put("subprocessors", subprocessors);
        return body;
    }

    /** As many data elements as a list may hold, the longest names first and repeated. */
    private static List<String> elements() {
        List<String> byLength = java.util.Arrays.stream(DataElement.values()).map(Enum::name)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return IntStream.range(0, Limits.CHOICES).mapToObj(i -> byLength.get(i % byLength.size())).toList();
    }

    private static Map<String, Object> subprocessor(String name, String purpose) {
        return Map.of("name", name, "purpose", purpose, "dataElements", List.of("STUDENT_NAME"), "location", "US");
    }
}
