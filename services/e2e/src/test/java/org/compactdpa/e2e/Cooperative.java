package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.compactdpa.local.Parallel;

/**
 * The many districts and general offers the fault tests need, made the way people make them: the
 * coordinator registers districts in the demo consortium and each gets a signer (made in Keycloak,
 * as an administrator would); the demo vendor registers products; the coordinator prepares a general
 * offer on each from STANDARD terms, which Brightpath's and Maple Valley's signers sign. Everything
 * travels the platform's own paths (APIs, outbox, events).
 */
final class Cooperative {

    static final String CONSORTIUM = "6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01";
    static final String MAPLE = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01";
    static final String BRIGHTPATH = "a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b01";
    private static final int THREADS = 6;

    /** A district that adopts offers, and the user name of its signer. */
    record Adopter(UUID districtId, String name, String signer) {
    }

    /** An open general offer (its executed original agreement) on one product of its own. */
    record Offer(UUID agreementId, UUID productId) {
    }

    private final Platform platform;
    private final RealmUsers realm;
    private String termsId;

    Cooperative(Platform platform, RealmUsers realm) {
        this.platform = platform;
        this.realm = realm;
    }

    /** Registers districts in the consortium, each with a signer, and waits until signatures knows them as members. */
    List<Adopter> districts(int count) {
        String coordinator = realm.bearer("coordinator");
        String run = UUID.randomUUID().toString().substring(0, 8);
        int firstNces = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        List<Adopter> adopters = Parallel.map(IntStream.range(0, count).boxed().toList(), THREADS, i -> {
            UUID id = UUID.randomUUID();
            String name = "Fault District " + run + "-" + i;
            given().baseUri(platform.url("districts")).header("Authorization", coordinator).contentType(ContentType.JSON)
                    .body(Map.of("id", id, "name", name, "state", "MA", "ncesId", String.valueOf(firstNces + i)))
                    .when().post("/api/districts").then().statusCode(201);
            given().baseUri(platform.url("districts")).header("Authorization", coordinator).contentType(ContentType.JSON)
                    .body(Map.of("districtId", id))
                    .when().post("/api/consortia/" + CONSORTIUM + "/members").then().statusCode(201);
            return new Adopter(id, name, "signer-" + run + "-" + i);
        });
        realm.create(adopters.stream()
                .map(a -> new RealmUsers.NewUser(a.signer(), "district-signer", "DISTRICT", a.districtId())).toList());
        String admin = realm.bearer("admin");
        for (Adopter adopter : adopters) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    given().baseUri(platform.url("signatures")).header("Authorization", admin)
                            .when().get("/api/admin/directory/districts/" + adopter.districtId())
                            .then().statusCode(200).body("consortia", hasItem(CONSORTIUM)));
        }
        return adopters;
    }

    /** Products of the demo vendor (verified), registered through the vendors API; their ids. */
    List<UUID> products(int count) {
        String staff = realm.bearer("brightpath-staff");
        String run = UUID.randomUUID().toString().substring(0, 8);
        return Parallel.map(IntStream.range(0, count).boxed().toList(), THREADS, i -> {
            UUID id = UUID.randomUUID();
            given().baseUri(platform.url("vendors")).header("Authorization", staff).contentType(ContentType.JSON)
                    .body(Map.of("id", id, "name", "Brightpath Drill " + run + "-" + i,
                            "url", "https://brightpath.example.com/drill/" + run + "/" + i,
                            "description", "Practice drills used to exercise the platform under faults.",
                            "gradeBands", List.of("3-5"), "categories", List.of("Mathematics"),
                            "dataElements", List.of("STUDENT_NAME", "STUDENT_IN_APP_PERFORMANCE"),
                            "securityFramework", "NIST_CSF", "subprocessors", List.of()))
                    .when().post("/api/vendors/" + BRIGHTPATH + "/products").then().statusCode(201);
            return id;
        });
    }

    /** An open general offer on each product, executed by Brightpath and Maple Valley. */
    List<Offer> offers(List<UUID> products) {
        String terms = terms();
        return Parallel.map(products, THREADS, product -> {
            UUID agreement = prepare(terms, product, true);
            sign(agreement);
            return new Offer(agreement, product);
        });
    }

    /** An agreement between Maple Valley and the vendor of the product, covering it, without a general offer. */
    UUID agreement(UUID product) {
        return prepare(terms(), product, false);
    }

    /** One STANDARD terms package from the demo template serves every offer. */
    private synchronized String terms() {
        if (termsId == null) {
            termsId = given().baseUri(platform.url("templates")).header("Authorization", realm.bearer("coordinator"))
                    .when().post("/api/templates/" + Platform.DEMO_TEMPLATE + "/versions/1/terms")
                    .then().statusCode(201).extract().path("id");
        }
        return termsId;
    }

    /** The terms and the product reach signatures by event; until they have, preparing answers 422. */
    private UUID prepare(String terms, UUID product, boolean generalOffer) {
        String coordinator = realm.bearer("coordinator");
        UUID[] id = new UUID[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Response response = given().baseUri(platform.url("signatures")).header("Authorization", coordinator)
                    .contentType(ContentType.JSON)
                    .body(Map.of("termsId", terms, "districtId", MAPLE, "productIds", List.of(product),
                            "generalOffer", generalOffer))
                    .when().post("/api/agreements");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id[0] = UUID.fromString(response.path("id"));
        });
        return id[0];
    }

    private void sign(UUID agreement) {
        String vendorSigner = realm.bearer("brightpath-signer");
        String hash = given().baseUri(platform.url("signatures")).header("Authorization", vendorSigner)
                .when().get("/api/agreements/" + agreement + "/document").then().statusCode(200).extract().path("sha256");
        for (String signer : List.of(vendorSigner, realm.bearer("maple-signer"))) {
            given().baseUri(platform.url("signatures")).header("Authorization", signer).contentType(ContentType.JSON)
                    .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                    .when().post("/api/agreements/" + agreement + "/signatures").then().statusCode(200);
        }
    }

    /** Exhibit E of the offer as the adopter's signer reviews it: the hash the adoption must carry. */
    String exhibitHash(Adopter adopter, Offer offer) {
        return given().baseUri(platform.url("signatures")).header("Authorization", realm.bearer(adopter.signer()))
                .when().get("/api/offers/" + offer.agreementId() + "/exhibit-e")
                .then().statusCode(200).extract().path("sha256");
    }
}
