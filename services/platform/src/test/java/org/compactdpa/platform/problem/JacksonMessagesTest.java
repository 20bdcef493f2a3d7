package org.compactdpa.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class JacksonMessagesTest {

    @Test
    void javaTypeNamesBecomePlainWords() {
        String message = "Cannot deserialize value of type `java.util.UUID` from String \"abc\": UUID has to be"
                + " represented by standard 36-char representation\n at [Source: REDACTED; line: 1, column: 9]";
        assertThat(JacksonMessages.readable(message))
                .isEqualTo("Cannot deserialize value of type UUID from String \"abc\": UUID has to be represented by"
                        + " standard 36-char representation");
    }

    @Test
    void ourOwnClassesAreNeverNamed() {
        String message = "Cannot construct instance of `org.compactdpa.signatures.offers.NewAdoption$Item` (no Creators)";
        assertThat(JacksonMessages.readable(message)).doesNotContain("org.compactdpa").doesNotContain("NewAdoption")
                .contains("an object");
    }

    @Test
    void aHugeEchoedValueIsCut() {
        String message = "Cannot deserialize value of type `java.time.LocalDate` from String \"" + "9".repeat(1_000_000)
                + "\": Failed to deserialize";
        String readable = JacksonMessages.readable(message);
        assertThat(readable).hasSizeLessThanOrEqualTo(501).contains("LocalDate").contains("…");
    }
}
