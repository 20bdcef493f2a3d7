package org.compactdpa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Building blocks of the largest valid requests, and the check that the events they cause fit the
 * broker: texts at their limit made of characters that take three bytes each once written as
 * UTF-8, so that a limit in characters is tested at its most bytes.
 */
public final class LargestValues {

    /** The most one event may take: half the broker's 1 MiB record limit, so that the limits have room. */
    public static final int EVENT_BUDGET = 512 * 1024;
    /** Three bytes in UTF-8: the widest a character of a JSON text can be once written. */
    public static final String WIDE = "€";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    private LargestValues() {
    }

    /** {@code prefix} followed by wide characters up to exactly {@code length} characters. */
    public static String text(String prefix, int length) {
        assertThat(prefix.length()).as("the prefix of a text of %d characters", length).isLessThanOrEqualTo(length);
        return prefix + WIDE.repeat(length - prefix.length());
    }

    /** Each event under {@link #EVENT_BUDGET}; prints the sizes, which docs/security.md quotes. */
    public static void assertWithinBudget(List<KafkaEvents.Received> events) {
        assertThat(events).as("events to measure").isNotEmpty();
        for (KafkaEvents.Received event : events) {
            int bytes = event.payload().getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("event %s: %d bytes%n", event.type(), bytes);
            assertThat(bytes).as(event.type()).isLessThan(EVENT_BUDGET);
        }
    }

    /** The body as a client writes it (UTF-8). */
    public static int bodySize(Object body) {
        return size(JSON, body);
    }

    /** The body with every non-ASCII character escaped (six bytes each): the most bytes the same request can take. */
    public static int escapedBodySize(Object body) {
        return size(ESCAPING, body);
    }

    private static int size(ObjectMapper mapper, Object body) {
        try {
            return mapper.writeValueAsBytes(body).length;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
