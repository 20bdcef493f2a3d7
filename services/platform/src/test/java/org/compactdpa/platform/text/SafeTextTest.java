package org.compactdpa.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class SafeTextTest {

    @Test
    void plainTextWithLineBreaksAndTabsIsAllowed() {
        assertThat(SafeText.firstForbidden("Line one\r\n\tLine two – ünïcødé, 名前, عربى")).isEqualTo(-1);
    }

    @Test
    void nulControlBidiOverridesAndInvisiblesAreFound() {
        assertThat(SafeText.firstForbidden("a\u0000b")).isEqualTo(1);
        assertThat(SafeText.firstForbidden("bell\u0007")).isEqualTo(4);
        assertThat(SafeText.firstForbidden("Reader\u202E fdp.exe")).isEqualTo(6);
        assertThat(SafeText.firstForbidden("iso\u2067late")).isEqualTo(3);
        assertThat(SafeText.firstForbidden("zero\u200Bwidth")).isEqualTo(4);
        assertThat(SafeText.firstForbidden("\uFEFFbom")).isEqualTo(0);
        assertThat(SafeText.firstForbidden("c1\u0085")).isEqualTo(2);
    }

    @Test
    void echoEscapesLineBreaksSoNoLogLineCanBeForged() {
        assertThat(SafeText.forEcho("/api/x\r\n12:00:00 INFO forged")).isEqualTo("/api/x\\u000d\\u000a12:00:00 INFO forged");
    }

    @Test
    void echoIsCutAtTheLimit() {
        String echoed = SafeText.forEcho("x".repeat(1_000_000));
        assertThat(echoed).hasSize(SafeText.ECHO_LIMIT + 1).endsWith("…");
        assertThat(SafeText.forEcho("short")).isEqualTo("short");
    }
}
