package org.compactdpa.vendors.products;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.compactdpa.vendors.PublishedEvents.assertCloudEvent;
import static org.compactdpa.vendors.PublishedEvents.eventsOf;
import static org.compactdpa.vendors.PublishedEvents.texts;
import static org.compactdpa.vendors.VendorFixtures.brightpathProduct;
import static org.compactdpa.vendors.VendorFixtures.product;
import static org.compactdpa.vendors.VendorFixtures.subprocessor;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.Tokens;
import org.compactdpa.vendors.VendorFixtures;
import org.junit.jupiter.api.Test;

/** The products' events as another service sees them on the real broker. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ProductEventsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCTS = "/api/vendors/" + DemoOrganisations.BRIGHTPATH + "/products/";

    @Test
    void aRegisteredProductAndItsChangedDeclarationAreAnnounced() throws Exception {
        OffsetDateTime startedAt = OffsetDateTime.now().minusSeconds(30);
        String id = brightpathProduct("Evented App", List.of("STUDENT_NAME"),
                List.of(subprocessor("CloudHost", "US"), subprocessor("MailCo", "US")));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON)
                .body(product("Evented App", List.of("STUDENT_NAME", "TRANSCRIPT"),
                        List.of(subprocessor("CloudHost", "EU"), subprocessor("Analytics Inc", "US"))))
                .when().put(PRODUCTS + id)
                .then().statusCode(200);

        List<KafkaEvents.Received> events = eventsOf(id, "org.compactdpa.product.subprocessors-changed.v1");

        assertThat(events).extracting(KafkaEvents.Received::type).containsExactly(
                "org.compactdpa.product.registered.v1",
                "org.compactdpa.product.declaration-changed.v1",
                "org.compactdpa.product.subprocessors-changed.v1");
        assertThat(events).allSatisfy(e -> assertCloudEvent(e, id, startedAt));
        assertThat(events).extracting(KafkaEvents.Received::id).doesNotHaveDuplicates();

        JsonNode declared = JSON.readTree(events.get(1).payload());
        assertThat(declared.get("productId").asText()).isEqualTo(id);
        assertThat(declared.get("declarationVersion").asInt()).isEqualTo(2);
        assertThat(texts(declared.get("dataElements"))).containsExactly("STUDENT_NAME", "TRANSCRIPT");
        assertThat(texts(declared.get("addedDataElements"))).containsExactly("TRANSCRIPT");
        assertThat(texts(declared.get("removedDataElements"))).isEmpty();
        assertThat(declared.get("otherDataElementsChanged").asBoolean()).isFalse();
        assertThat(texts(declared.get("addedSubprocessors"))).containsExactly("Analytics Inc");
        assertThat(texts(declared.get("removedSubprocessors"))).containsExactly("MailCo");
        assertThat(texts(declared.get("changedSubprocessors"))).containsExactly("CloudHost");

        JsonNode subprocessors = JSON.readTree(events.get(2).payload());
        assertThat(subprocessors.get("productId").asText()).isEqualTo(id);
        assertThat(subprocessors.get("vendorId").asText()).isEqualTo(DemoOrganisations.BRIGHTPATH.toString());
        assertThat(subprocessors.get("declarationVersion").asInt()).isEqualTo(2);
        assertThat(texts(subprocessors.get("added"))).containsExactly("Analytics Inc");
        assertThat(texts(subprocessors.get("removed"))).containsExactly("MailCo");
        assertThat(texts(subprocessors.get("changed"))).containsExactly("CloudHost");
        assertThat(subprocessors.get("subprocessors")).extracting(s -> s.get("name").asText() + "@"
                + s.get("location").asText()).containsExactly("Analytics Inc@US", "CloudHost@EU");
    }

    @Test
    void removingTheLastSubprocessorAnnouncesAnEmptyList() throws Exception {
        String id = brightpathProduct("Shrinking App", List.of("STUDENT_NAME"), List.of(subprocessor("MailCo", "US")));
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(product("Shrinking App", List.of("STUDENT_NAME"), List.of()))
                .when().put(PRODUCTS + id)
                .then().statusCode(200).body("declarationVersion", equalTo(2));

        List<KafkaEvents.Received> events = eventsOf(id, "org.compactdpa.product.subprocessors-changed.v1");

        JsonNode declared = JSON.readTree(events.get(1).payload());
        assertThat(texts(declared.get("addedDataElements"))).isEmpty();
        assertThat(texts(declared.get("removedDataElements"))).isEmpty();
        assertThat(texts(declared.get("removedSubprocessors"))).containsExactly("MailCo");
        JsonNode subprocessors = JSON.readTree(events.get(2).payload());
        assertThat(texts(subprocessors.get("removed"))).containsExactly("MailCo");
        assertThat(texts(subprocessors.get("added"))).isEmpty();
        assertThat(texts(subprocessors.get("changed"))).isEmpty();
        assertThat(subprocessors.get("subprocessors").isArray()).isTrue();
        assertThat(subprocessors.get("subprocessors")).isEmpty();
    }

    @Test
    void aChangeOfOnlyTheOtherDataTextIsFlaggedOnTheDeclarationEvent() throws Exception {
        Map<String, Object> body = product("Lexile App", List.of("OTHER"), List.of());
        body.put("otherDataElements", "reading level");
        VendorFixtures.ensureBrightpath();
        String location = given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().post(PRODUCTS)
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        body.put("otherDataElements", "reading level and lexile");
        given().header("Authorization", Tokens.bearer("brightpath-staff"))
                .contentType(ContentType.JSON).body(body)
                .when().put(PRODUCTS + id)
                .then().statusCode(200).body("declarationVersion", equalTo(2));

        List<KafkaEvents.Received> events = eventsOf(id, "org.compactdpa.product.declaration-changed.v1");

        assertThat(events).extracting(KafkaEvents.Received::type).containsExactly(
                "org.compactdpa.product.registered.v1",
                "org.compactdpa.product.declaration-changed.v1");
        JsonNode declared = JSON.readTree(events.get(1).payload());
        assertThat(declared.get("declarationVersion").asInt()).isEqualTo(2);
        assertThat(declared.get("otherDataElementsChanged").asBoolean()).isTrue();
        assertThat(declared.get("otherDataElements").asText()).isEqualTo("reading level and lexile");
        assertThat(texts(declared.get("addedDataElements"))).isEmpty();
        assertThat(texts(declared.get("removedDataElements"))).isEmpty();
        assertThat(texts(declared.get("addedSubprocessors"))).isEmpty();
    }
}
