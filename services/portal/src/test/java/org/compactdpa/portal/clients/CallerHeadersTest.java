package org.compactdpa.portal.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class CallerHeadersTest {

    @Test
    void onlyPrintableCharactersOfTheBrowsersUserAgentTravel() {
        assertThat(CallerHeaders.printable(" Mozilla/5.0 caf\u00e9\n ")).isEqualTo("Mozilla/5.0 caf");
        assertThat(CallerHeaders.printable("x".repeat(600))).hasSize(CallerHeaders.USER_AGENT_LIMIT);
        assertThat(CallerHeaders.printable(null)).isEmpty();
    }
}
