package org.compactdpa.districts.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        return new AgreementExecuted(UUID.randomUUID(), DemoOrganisations.BRIGHTPATH, "Brightpath Learning, Inc.",
                districtId, DemoOrganisations.CONSORTIUM, "MA",
                products.entrySet().stream().map(e -> new AgreementProduct(e.getKey(), e.getValue())).toList(),
                generalOffer, LocalDate.now(), LocalDate.now().plusYears(3), Instant.now());
    }
}
