package org.compactdpa.districts.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;

/** The demo consortium with Maple, Harbor and Granite as members, and events as other services send them. */
public final class DemoDistricts {

    private DemoDistricts() {
    }

    /** Creates what is missing; safe to call from every test. */
    public static void ensure() {
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("name", "Coordinator's Own Cooperative", "states", List.of("MA", "NH")))
                .when().post("/api/consortia");
        district(DemoOrganisations.MAPLE, "Maple Valley Public Schools", "2599001");
        district(DemoOrganisations.HARBOR, "Harbor Point Public Schools", "2599002");
        district(DemoOrganisations.GRANITE, "Granite Hills Regional School District", "2599003");
    }

    private static void district(UUID id, String name, String nces) {
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("id", id.toString(), "name", name, "state", "MA", "ncesId", nces))
                .when().post("/api/districts");
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("districtId", id.toString()))
                .when().post("/api/consortia/" + DemoOrganisations.CONSORTIUM + "/members");
    }

    /** Announces a product as the vendors service would, and answers its id. */
    public static UUID product(String name, List<DataElement> elements) {
        UUID id = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new ProductRegistered(id, DemoOrganisations.BRIGHTPATH,
                name, "https://example.com/" + id, elements, null, SecurityFramework.NIST_CSF, List.of(), 1,
                Instant.now()));
        return id;
    }

    /** An executed agreement of the district covering the products, as signatures would announce it. */
    public static AgreementExecuted executed(UUID districtId, boolean generalOffer, Map<UUID, String> products) {
        return executed(districtId, "MA", generalOffer, products, LocalDate.now().plusYears(3));
    }

    /** An executed agreement in the given state that runs until {@code expiresOn}, in force for three years. */
    public static AgreementExecuted executed(UUID districtId, String state, boolean generalOffer,
            Map<UUID, String> products, LocalDate expiresOn) {
        return new AgreementExecuted(UUID.randomUUID(), DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.",
                districtId, DemoOrganisations.CONSORTIUM, state,
                products.entrySet().stream().map(e -> new AgreementProduct(e.getKey(), e.getValue())).toList(),
                generalOffer, expiresOn.minusYears(3), expiresOn, Instant.now());
    }

    /** A seven-digit NCES id, random enough that tests sharing one database do not collide. */
    public static String newNcesId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** The body of a district registration with every optional field filled in. */
    public static Map<String, Object> registration(String name, String state, String ncesId) {
        return Map.of("name", name, "state", state, "ncesId", ncesId, "contactName", "Pat Privacy",
                "contactEmail", "privacy@example.org", "website", "https://example.org");
    }

    /** A new district of its own (not a member of any consortium), registered by a platform admin. */
    public static UUID newDistrict(String state) {
        String nces = newNcesId();
        String id = given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "District " + nces, "state", state, "ncesId", nces))
                .when().post("/api/districts")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /**
     * Waits until every agreement event already sent with this key has been handled: events with one
     * key share a partition and are handled in order, so a marker agreement sent after them with the
     * same key shows on its district's list only once they are in.
     */
    public static void awaitAgreementEventsHandled(Object key) {
        UUID district = newDistrict("MA");
        UUID marker = UUID.randomUUID();
        AgreementExecuted executed = executed(district, false, Map.of(marker, "Marker"));
        KafkaEvents.publish(UUID.randomUUID().toString(), key, executed);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/districts/" + district + "/products")
                        .then().statusCode(200).body("items.productId", hasItem(marker.toString())));
    }
}
