package org.compactdpa.vendors.vendors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.vendors.PublishedEvents.assertCloudEvent;
import static org.compactdpa.vendors.PublishedEvents.eventsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.compactdpa.vendors.VendorFixtures;
import org.junit.jupiter.api.Test;

/** The vendors' events as another service sees them on the real broker. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class VendorEventsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void registeringAndVerifyingAVendorAreAnnounced() throws Exception {
        VendorFixtures.ensureBrightpath();
        OffsetDateTime verifiedAfter = OffsetDateTime.now().minusSeconds(30);
        given().header("Authorization", Tokens.bearer("coordinator"))
                .when().post("/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/verify")
                .then().statusCode(200);
        String key = DemoOrganisations.BRIGHTPATH.toString();

        List<KafkaEvents.Received> events = eventsOf(key, "org.compactdpa.vendor.verified.v1");

        assertThat(events).extracting(KafkaEvents.Received::type)
                .startsWith("org.compactdpa.vendor.registered.v1")
                .containsOnlyOnce("org.compactdpa.vendor.verified.v1");
        KafkaEvents.Received registered = events.get(0);
        KafkaEvents.Received verified = events.stream()
                .filter(e -> e.type().equals("org.compactdpa.vendor.verified.v1")).findFirst().orElseThrow();
        assertCloudEvent(registered, key, null);
        assertCloudEvent(verified, key, verifiedAfter);
        assertThat(registered.id()).isNotEqualTo(verified.id());

        JsonNode registeredPayload = JSON.readTree(registered.payload());
        assertThat(registeredPayload.get("vendorId").asText()).isEqualTo(key);
        assertThat(registeredPayload.get("legalName").asText()).isEqualTo("Brightpath Learning, Inc.");
        JsonNode verifiedPayload = JSON.readTree(verified.payload());
        assertThat(verifiedPayload.get("vendorId").asText()).isEqualTo(key);
        assertThat(verifiedPayload.get("legalName").asText()).isEqualTo("Brightpath Learning, Inc.");
        assertThat(OffsetDateTime.parse(verifiedPayload.get("verifiedAt").asText())).isAfter(verifiedAfter);
    }
}
