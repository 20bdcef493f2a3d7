package org.compactdpa.signatures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.compactdpa.testing.LargestValues.assertWithinBudget;
import static org.compactdpa.testing.LargestValues.text;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.TermsClause;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.Law;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.signatures.verify.VerifyConfig;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The largest request each write endpoint accepts (an agreement over as many products as a request
 * may name, each with the longest name, reasons at their limit) produces events the broker takes;
 * over a limit the answer is 422 naming the field. The service's body limit leaves room for the
 * PDFs that verification reads under a limit of its own.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class LargestInputIT {

    @Inject
    VerifyConfig verify;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize bodyLimit;

    @Test
    void anAgreementOverTheMostProductsIsAnnouncedThroughEveryStep() {
        SigningFlowIT.parties();
        List<UUID> products = products(Limits.IDS);
        UUID terms = terms(products);

        String offer = prepare(terms, products);
        String hash = SigningFlowIT.hashOf(offer, "brightpath-signer");
        SigningFlowIT.sign(offer, "brightpath-signer", hash).statusCode(200);
        SigningFlowIT.sign(offer, "maple-signer", hash).statusCode(200).body("status", equalTo("EXECUTED"));
        String adoption = SigningFlowIT.adopt(offer, "harbor-signer").statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().post("/api/offers/" + offer + "/withdraw").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("harbor-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", text("T", Limits.NOTE)))
                .when().post("/api/agreements/" + adoption + "/terminate").then().statusCode(200);
        String declined = prepare(terms(products), products);
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", text("D", Limits.NOTE)))
                .when().post("/api/agreements/" + declined + "/decline").then().statusCode(200);

        List<KafkaEvents.Received> events = new ArrayList<>();
        events.addAll(awaitEvent(offer, "created"));
        events.addAll(awaitEvent(offer, "signed"));
        events.addAll(awaitEvent(offer, "executed"));
        events.addAll(awaitEvent(adoption, "adopted"));
        events.addAll(KafkaEvents.await(Topics.AGREEMENTS, e -> offer.equals(e.key())
                && e.type().equals("org.compactdpa.offer.withdrawn.v1"), Duration.ofSeconds(30)));
        events.addAll(awaitEvent(adoption, "terminated"));
        events.addAll(awaitEvent(declined, "declined"));
        assertWithinBudget(events);
        assertThat(events.get(0).payload()).contains(productName(Limits.IDS - 1));
    }

    @Test
    void aListOrAReasonOverItsLimitIsA422NamingIt() {
        List<String> tooMany = IntStream.range(0, Limits.IDS + 1).mapToObj(i -> UUID.randomUUID().toString()).toList();
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("termsId", UUID.randomUUID().toString(), "districtId", DemoOrganisations.MAPLE.toString(),
                        "productIds", tooMany, "generalOffer", false))
                .when().post("/api/agreements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("productIds")))
                .body("errors[0].message", equalTo("must hold at most " + Limits.IDS + " items"));
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(Limits.NOTE + 1)))
                .when().post("/api/agreements/" + UUID.randomUUID() + "/decline")
                .then().statusCode(422).body("errors.field", equalTo(List.of("reason")))
                .body("errors[0].message", equalTo("must be at most " + Limits.NOTE + " characters"));
        given().queryParam("q", "x".repeat(Limits.SEARCH + 1)).when().get("/api/registry/agreements")
                .then().statusCode(400).body("errors.field", equalTo(List.of("q")));
    }

    @Test
    void theBodyLimitLeavesRoomForThePdfsVerificationReads() {
        assertThat(bodyLimit.asLongValue()).isGreaterThan(verify.maxPdfSize().asLongValue());
    }

    private static List<KafkaEvents.Received> awaitEvent(String key, String type) {
        return KafkaEvents.await(Topics.AGREEMENTS, e -> key.equals(e.key())
                && e.type().equals("org.compactdpa.agreement." + type + ".v1"), Duration.ofSeconds(30));
    }

    private static String productName(int index) {
        return text("Product " + index + " ", Limits.NAME);
    }

    /** Brightpath's products, each with the longest name, as the vendors service announces them. */
    private static List<UUID> products(int count) {
        List<UUID> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            KafkaEvents.publish(UUID.randomUUID().toString(), id, new ProductRegistered(id, DemoOrganisations.BRIGHTPATH,
                    productName(i), "https://example.com/" + id, List.of(DataElement.values()), null,
                    SecurityFramework.NIST_CSF, List.of(), 1, Instant.now()));
            products.add(id);
        }
        return products;
    }

    /** STANDARD terms of the demo consortium covering the products, open to a general offer. */
    private static UUID terms(List<UUID> products) {
        UUID id = UUID.randomUUID();
        KafkaEvents.publish(UUID.randomUUID().toString(), id, new TermsAgreed(id, UUID.randomUUID(), "Sample DPA", 1,
                null, DemoOrganisations.CONSORTIUM, DemoOrganisations.BRIGHTPATH, products, "MA",
                List.of(new TermsClause("V.4", "ARTICLE_V", "Breach notification", "Within 72 hours.")), 72, 60, 3, 10,
                "MA", List.of(Law.FERPA), List.of(), "STANDARD", true, "ab".repeat(32),
                "Sample DPA (version 1)\n\nV.4 Breach notification\nWithin 72 hours.\n", Instant.now()));
        return id;
    }

    /** An agreement with a general offer for Maple over every product, once the events have arrived. */
    private static String prepare(UUID terms, List<UUID> products) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var response = given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("termsId", terms.toString(), "districtId", DemoOrganisations.MAPLE.toString(),
                            "productIds", products.stream().map(UUID::toString).toList(), "generalOffer", true))
                    .when().post("/api/agreements");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            id.set(response.path("id"));
        });
        return id.get();
    }
}
