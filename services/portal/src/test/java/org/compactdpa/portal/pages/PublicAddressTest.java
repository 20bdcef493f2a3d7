package org.compactdpa.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.compactdpa.portal.CsrfToken;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.RawHttp;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Whatever Host a request names, the addresses the portal writes start with compact.portal.public-url
 * (https://portal.compact.test in tests): the embed snippet, the sign-in round trip, the 303 after a form.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class PublicAddressTest {

    private static final String PORTAL = "https://portal.compact.test";
    private static final String EVIL = "Host: evil.example";
    private static final String DISTRICT = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d02";
    private static final String VENDOR = "a3e5c7d9-2b4f-4e6a-9c8b-7d6e5f4a3b02";

    @Test
    void theEmbedSnippetNamesTheConfiguredAddressNotTheHostHeader() throws Exception {
        FakeServices.answer("/api/districts/" + DISTRICT, 200, """
                {"id":"%s","name":"Harbor Point Public Schools","state":"MA"}""".formatted(DISTRICT));
        FakeServices.answer("/api/districts/" + DISTRICT + "/products", 200, """
                {"items":[],"page":0,"size":50,"total":0}""");

        RawHttp.Answer page = RawHttp.get("/districts/" + DISTRICT, EVIL, "X-Forwarded-Host: evil.example");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;iframe src=\"" + PORTAL + "/districts/" + DISTRICT + "?embed=true\"")
                .doesNotContain("evil.example");
    }

    @Test
    void theSignInRoundTripComesBackToTheConfiguredAddress() throws Exception {
        RawHttp.Answer challenge = RawHttp.get("/vendor", EVIL);

        assertThat(challenge.status()).isEqualTo(302);
        String location = URLDecoder.decode(challenge.header("location"), StandardCharsets.UTF_8);
        assertThat(location).startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class))
                .contains("redirect_uri=" + PORTAL + "/login&").doesNotContain("evil.example");
    }

    @Test
    void signingInGoesOnToTheConfiguredAddress() throws Exception {
        RawHttp.Answer home = RawHttp.get("/login", EVIL, "Authorization: " + Tokens.bearer("coordinator"));

        assertThat(home.status()).isEqualTo(303);
        assertThat(home.header("location")).isEqualTo(PORTAL + "/coordinator");
    }

    @Test
    void theAnswerToAFormGoesOnToTheConfiguredAddress() throws Exception {
        FakeServices.answer("/api/vendors/" + VENDOR + "/verify", 200, "{}");
        CsrfToken csrf = CsrfToken.fromAPublicForm();

        RawHttp.Answer next = RawHttp.send("POST", "/coordinator/vendors/" + VENDOR + "/verify",
                "application/x-www-form-urlencoded", "csrf-token=" + csrf.token(), EVIL, csrf.cookieHeader(),
                "Authorization: " + Tokens.bearer("coordinator"));

        assertThat(next.status()).isEqualTo(303);
        assertThat(next.header("location")).isEqualTo(PORTAL + "/coordinator?done=verified");
    }
}
