package org.compactdpa.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.testing.KafkaEvents;

/** Reading this service's events back from the real broker, as another service would see them. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Every event of the key, in order, once the awaited type has arrived. */
    public static List<KafkaEvents.Received> eventsOf(String key, String awaitedType) {
        KafkaEvents.await(Topics.VENDORS, e -> key.equals(e.key()) && e.type().equals(awaitedType),
                Duration.ofSeconds(20));
        return KafkaEvents.readAll(Topics.VENDORS, Duration.ofSeconds(2)).stream()
                .filter(e -> key.equals(e.key())).toList();
    }

    /** The binary-mode CloudEvents attributes every event of this service carries; time only checked when known. */
    public static void assertCloudEvent(KafkaEvents.Received event, String subject, OffsetDateTime notBefore) {
        assertThat(event.specVersion()).isEqualTo("1.0");
        assertThat(event.id()).isNotBlank();
        assertThat(event.source()).isEqualTo("/compact/vendors");
        assertThat(event.subject()).isEqualTo(subject);
        assertThat(event.contentType()).startsWith("application/json");
        assertThat(event.time()).isNotBlank();
        OffsetDateTime time = OffsetDateTime.parse(event.time());
        assertThat(time).isBefore(OffsetDateTime.now().plusMinutes(1));
        if (notBefore != null) {
            assertThat(time).isAfter(notBefore);
        }
    }

    public static List<String> texts(JsonNode array) {
        assertThat(array).as("a JSON array").isNotNull();
        assertThat(array.isArray()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
