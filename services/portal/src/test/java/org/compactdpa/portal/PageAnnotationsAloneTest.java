package org.compactdpa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second line: with the path rules switched off, as if an address had slipped past them, each
 * page's own @RolesAllowed still refuses nobody-signed-in with a 401 page and the wrong person with a
 * 403 page, before the page calls any service.
 */
@QuarkusTest
@TestProfile(PageAnnotationsAloneTest.WithoutPathRules.class)
class PageAnnotationsAloneTest {

    private static final String AGREEMENT = "11111111-2222-4333-8444-555555555555";

    /** The application as configured, less the path rule that starts the login; stand-in services and the realm only. */
    public static class WithoutPathRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.signed-in.enabled", "false");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SignInServer.class), new TestResourceEntry(FakeServices.class),
                    new TestResourceEntry(FakeNotices.class), new TestResourceEntry(FakeObligations.class));
        }
    }

    @BeforeEach
    void forgetEarlierCalls() {
        FakeServices.forgetCalls();
        FakeNotices.reset();
        FakeObligations.reset();
    }

    @Test
    void nobodySignedInGetsASignInPageAndNoServiceIsCalled() throws IOException {
        for (String path : new String[] {"/coordinator", "/vendor/products/new", "/district", "/negotiations/" + AGREEMENT,
                "/agreements/" + AGREEMENT + "/review", "/offers/" + AGREEMENT + "/adopt", "/people", "/people/invitations",
                "/coordinator/vendor-applications", "/coordinator/vendor-applications/" + AGREEMENT, "/inbox",
                "/inbox/preferences", "/subscriptions", "/webhooks", "/webhooks/" + AGREEMENT, "/webhooks/" + AGREEMENT + "/delete",
                "/obligations", "/incidents", "/incidents/new", "/incidents/" + AGREEMENT, "/breach-notices/" + AGREEMENT, "/dispositions",
                "/dispositions/new?agreementId=" + AGREEMENT, "/dispositions/" + AGREEMENT, "/audits",
                "/audits/new?agreementId=" + AGREEMENT, "/audits/" + AGREEMENT}) {
            RawHttp.Answer answer = RawHttp.get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.body()).as(path).contains("Please sign in").doesNotContain("product-form", "prepare-form");
        }
        CsrfToken csrf = CsrfToken.fromAPublicForm();
        RawHttp.Answer signature = RawHttp.send("POST", "/agreements/" + AGREEMENT + "/sign", "application/x-www-form-urlencoded",
                "csrf-token=" + csrf.token() + "&intent=on&consent=on&documentSha256=" + "ab".repeat(32), csrf.cookieHeader());
        assertThat(signature.status()).isEqualTo(401);
        RawHttp.Answer readAll = RawHttp.send("POST", "/inbox/read-all", "application/x-www-form-urlencoded",
                "csrf-token=" + csrf.token(), csrf.cookieHeader());
        assertThat(readAll.status()).isEqualTo(401);
        RawHttp.Answer attestation = RawHttp.send("POST", "/dispositions/" + AGREEMENT + "/attestation",
                "application/x-www-form-urlencoded", "csrf-token=" + csrf.token() + "&intent=on&consent=on", csrf.cookieHeader());
        assertThat(attestation.status()).isEqualTo(401);
        assertThat(FakeObligations.CALLS).as("calls to the obligations service").isEmpty();
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
        assertThat(FakeNotices.CALLS).as("calls to the notices service").isEmpty();
    }

    @Test
    void theWrongPersonGetsA403PageAndNoServiceIsCalled() throws IOException {
        CsrfToken csrf = CsrfToken.fromAPublicForm();
        RawHttp.Answer staffSigning = RawHttp.send("POST", "/agreements/" + AGREEMENT + "/sign",
                "application/x-www-form-urlencoded", "csrf-token=" + csrf.token() + "&intent=on&consent=on",
                csrf.cookieHeader(), "Authorization: " + Tokens.bearer("maple-staff"));
        assertThat(staffSigning.status()).as("district staff may not sign").isEqualTo(403);
        RawHttp.Answer vendorAdopting = RawHttp.get("/offers/" + AGREEMENT + "/adopt", "Authorization: " + Tokens.bearer("brightpath-signer"));
        assertThat(vendorAdopting.status()).isEqualTo(403);
        assertThat(vendorAdopting.body()).contains("Not available to your account");
        RawHttp.Answer staffWebhooks = RawHttp.get("/webhooks", "Authorization: " + Tokens.bearer("maple-staff"));
        assertThat(staffWebhooks.status()).as("district staff have no webhooks").isEqualTo(403);
        RawHttp.Answer vendorFollowing = RawHttp.send("POST", "/subscriptions", "application/x-www-form-urlencoded",
                "csrf-token=" + csrf.token() + "&targetType=VENDOR&targetId=" + AGREEMENT, csrf.cookieHeader(),
                "Authorization: " + Tokens.bearer("brightpath-staff"));
        assertThat(vendorFollowing.status()).as("vendors follow nothing").isEqualTo(403);
        RawHttp.Answer districtFiling = RawHttp.get("/incidents/new", "Authorization: " + Tokens.bearer("maple-staff"));
        assertThat(districtFiling.status()).as("districts file no incidents").isEqualTo(403);
        RawHttp.Answer staffAttesting = RawHttp.send("POST", "/dispositions/" + AGREEMENT + "/attestation",
                "application/x-www-form-urlencoded", "csrf-token=" + csrf.token() + "&intent=on&consent=on",
                csrf.cookieHeader(), "Authorization: " + Tokens.bearer("brightpath-staff"));
        assertThat(staffAttesting.status()).as("only vendor signers attest").isEqualTo(403);
        RawHttp.Answer vendorAuditing = RawHttp.get("/audits/new?agreementId=" + AGREEMENT,
                "Authorization: " + Tokens.bearer("brightpath-signer"));
        assertThat(vendorAuditing.status()).as("vendors give no audit notice").isEqualTo(403);
        RawHttp.Answer adminGlance = RawHttp.get("/obligations", "Authorization: " + Tokens.bearer("admin"));
        assertThat(adminGlance.status()).as("a platform administrator is no obligations party").isEqualTo(403);
        assertThat(FakeObligations.CALLS).as("calls to the obligations service").isEmpty();
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
        // A refusal page still carries the signed-in header, which may ask for the unread count; nothing else.
        assertThat(FakeNotices.CALLS).as("calls to the notices service").allSatisfy(
                call -> assertThat(call.method() + " " + call.path()).isEqualTo("GET /api/notices/unread-count"));
    }
}
