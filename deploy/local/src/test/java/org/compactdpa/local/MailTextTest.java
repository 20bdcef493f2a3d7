package org.compactdpa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Mails as the catcher keeps them, read as a person reads them. */
class MailTextTest {

    private static final String LINK = "http://127.0.0.1:8080/invitations/accept?token=Ab_9-xyz";

    @Test
    void theTextPartOfAMultipartMailIsReadWithItsEncodingUndone() {
        String text = "Hello Zoë,\r\nfollow " + LINK + " within seven days.\r\n";
        String raw = "From: sign-in@compact.test\r\n"
                + "Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>Hello</p>\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "--b1--\r\n";

        assertThat(MailText.readable(raw)).isEqualTo(text);
    }

    @Test
    void quotedPrintableIsJoinedAndItsBytesRestoredInTheCharset() {
        String raw = "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding:\r\n quoted-printable\r\n\r\n"
                + "Hello Zo=C3=AB, follow http://127.0.0.1:8080/invitations/accept?token=3D=\r\nAb_9-xyz today";

        assertThat(MailText.readable(raw)).isEqualTo("Hello Zoë, follow " + LINK + " today");
    }

    @Test
    void aPlainMailIsItsBody() {
        assertThat(MailText.readable("Subject: hi\r\n\r\nJust text")).isEqualTo("Just text");
        assertThat(MailText.readable("no headers at all")).isEmpty();
    }
}
