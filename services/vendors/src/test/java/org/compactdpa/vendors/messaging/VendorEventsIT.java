package org.compactdpa.vendors.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.vendors.rest.VendorEventsFixture.brightpathProduct;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The vendors service's events as another service sees them on the real broker. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class VendorEventsIT {

    @Test
    void aRegisteredProductAndItsChangedDeclarationAreAnnounced() {
        String id = brightpathProduct("Evented App", List.of("STUDENT_NAME"), List.of());
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(org.compactdpa.vendors.rest.VendorEventsFixture.product("Evented App",
                        List.of("STUDENT_NAME", "TRANSCRIPT"),
                        List.of(org.compactdpa.vendors.rest.VendorEventsFixture.subprocessor("CloudHost", "US"))))
                .when().put("/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/products/" + id)
                .then().statusCode(200);

        KafkaEvents.await(Topics.VENDORS, e -> id.equals(e.key())
                && e.type().equals("org.compactdpa.product.subprocessors-changed.v1"), Duration.ofSeconds(20));
        List<KafkaEvents.Received> events = KafkaEvents.readAll(Topics.VENDORS, Duration.ofSeconds(2)).stream()
                .filter(e -> id.equals(e.key())).toList();

        assertThat(events).extracting(KafkaEvents.Received::type).containsExactly(
                "org.compactdpa.product.registered.v1",
                "org.compactdpa.product.declaration-changed.v1",
                "org.compactdpa.product.subprocessors-changed.v1");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("/compact/vendors");
            assertThat(e.subject()).isEqualTo(id);
            assertThat(e.id()).isNotBlank();
            assertThat(e.contentType()).startsWith("application/json");
        });
        assertThat(events.get(1).payload())
                .contains("\"declarationVersion\":2")
                .contains("\"addedDataElements\":[\"TRANSCRIPT\"]")
                .contains("\"addedSubprocessors\":[\"CloudHost\"]");
    }

    @Test
    void registeringAndVerifyingAVendorAreAnnounced() {
        org.compactdpa.vendors.rest.VendorEventsFixture.ensureBrightpath();
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/verify");
        String key = DemoOrganisations.BRIGHTPATH.toString();
        KafkaEvents.await(Topics.VENDORS, e -> key.equals(e.key())
                && e.type().equals("org.compactdpa.vendor.verified.v1"), Duration.ofSeconds(20));
        assertThat(KafkaEvents.readAll(Topics.VENDORS, Duration.ofSeconds(2)).stream()
                .filter(e -> key.equals(e.key())).map(KafkaEvents.Received::type))
                .startsWith("org.compactdpa.vendor.registered.v1")
                .containsOnlyOnce("org.compactdpa.vendor.verified.v1");
    }
}
