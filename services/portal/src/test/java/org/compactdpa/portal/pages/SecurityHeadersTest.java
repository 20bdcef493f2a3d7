package org.compactdpa.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which headers an answer gets, by what it is and where; PageHeadersTest shows them on real answers. */
@Tag("fast")
class SecurityHeadersTest {

    private static final String KEYCLOAK = "http://127.0.0.1:18080";

    @Test
    void aPageAllowsOnlyItsOwnStylesheetAndNoFramingAtAll() {
        Map<String, String> headers = SecurityHeaders.forAnswer("/offers", "text/html;charset=UTF-8", false, KEYCLOAK);

        assertThat(headers).containsEntry("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "form-action 'self' http://127.0.0.1:18080; base-uri 'none'; frame-ancestors 'none'")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
        assertThat(headers.get("Content-Security-Policy")).doesNotContain("unsafe-inline", "script-src");
    }

    @Test
    void theEmbeddableListMayBeFramedByAnySiteAndSaysNothingOfXFrameOptions() {
        Map<String, String> headers = SecurityHeaders.forAnswer("/districts/x", "text/html", true, KEYCLOAK);

        assertThat(headers.get("Content-Security-Policy")).startsWith("default-src 'none';").endsWith("frame-ancestors *");
        assertThat(headers).doesNotContainKey("X-Frame-Options").containsEntry("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPdfAndTheOperatorsToolsKeepTheirOwnCodeButAreNeverFramed() {
        assertThat(SecurityHeaders.forAnswer("/agreements/a/document.pdf", "application/pdf", false, KEYCLOAK))
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'").containsEntry("X-Frame-Options", "DENY");
        assertThat(SecurityHeaders.forAnswer("/q/swagger-ui/", "text/html", false, KEYCLOAK))
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'").containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void theSignInServerIsNamedByItsOriginOnly() {
        assertThat(SecurityHeaders.originOf("https://id.example.org/realms/compact")).isEqualTo("https://id.example.org");
        assertThat(SecurityHeaders.originOf("http://127.0.0.1:18080/realms/compact")).isEqualTo("http://127.0.0.1:18080");
    }
}
