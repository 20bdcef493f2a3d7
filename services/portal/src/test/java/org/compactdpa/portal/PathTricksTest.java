package org.compactdpa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.compactdpa.testing.CompactTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Addresses dressed up to miss the path rules ({@code //coordinator}, {@code /%2e/coordinator},
 * {@code /coordinator;x=1}, ...) never open a signed-in page for someone who is not signed in: the
 * answer is the login, a refusal or "not found", never the page, and no service is called for them.
 * Behind the path rules, each page's own @RolesAllowed would refuse them as well.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class PathTricksTest {

    private static final String AGREEMENT = "11111111-2222-4333-8444-555555555555";
    /** Statuses that show nothing of a page: the login redirect, not signed in, not allowed, not found, not this method. */
    private static final Set<Integer> REFUSED = Set.of(302, 401, 403, 404, 405);

    @BeforeEach
    void forgetEarlierCalls() {
        FakeServices.forgetCalls();
        FakeNotices.reset();
    }

    @Test
    void theCoordinatorsHomeStaysClosed() throws Exception {
        for (String path : disguises("/coordinator")) {
            assertNothingShown(RawHttp.get(path), path, "Members", "prepare-form");
        }
    }

    @Test
    void thePeoplePagesAndTheApplicationQueueStayClosed() throws Exception {
        for (String path : disguises("/people")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"people\"", "choose-organisation-form");
        }
        for (String path : disguises("/coordinator/vendor-applications")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"application-filter\"");
        }
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    @Test
    void theInboxSubscriptionsAndWebhooksStayClosed() throws Exception {
        for (String path : disguises("/inbox")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"inbox-filter\"", "id=\"notices\"");
        }
        for (String path : disguises("/inbox/preferences")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"preferences-form\"");
        }
        for (String path : disguises("/subscriptions")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"follow-vendor-form\"");
        }
        for (String path : disguises("/webhooks")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"register-form\"", "id=\"webhooks\"");
        }
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
        assertThat(FakeNotices.CALLS).as("calls to the notices service").isEmpty();
    }

    @Test
    void theObligationPagesStayClosed() throws Exception {
        FakeObligations.reset();
        for (String path : disguises("/obligations")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"figures\"");
        }
        for (String path : disguises("/incidents")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"incidents\"");
        }
        for (String path : disguises("/incidents/new")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"incident-form\"");
        }
        for (String path : disguises("/dispositions")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"disposition-filter\"");
        }
        for (String path : disguises("/audits")) {
            assertNothingShown(RawHttp.get(path), path, "id=\"audit-filter\"");
        }
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
        assertThat(FakeObligations.CALLS).as("calls to the obligations service").isEmpty();
    }

    @Test
    void aVendorsProductFormStaysClosed() throws Exception {
        for (String path : disguises("/vendor/products/new")) {
            assertNothingShown(RawHttp.get(path), path, "product-form", "New product");
        }
    }

    @Test
    void signingStaysClosedAndNoSignatureReachesTheService() throws Exception {
        CsrfToken csrf = CsrfToken.fromAPublicForm();
        for (String path : disguises("/agreements/" + AGREEMENT + "/sign")) {
            RawHttp.Answer answer = RawHttp.send("POST", path, "application/x-www-form-urlencoded",
                    "csrf-token=" + csrf.token() + "&intent=on&consent=on&documentSha256=" + "ab".repeat(32), csrf.cookieHeader());
            assertNothingShown(answer, "POST " + path, "sign-form", "signature is recorded");
            assertThat(String.valueOf(answer.header("location"))).as(path).doesNotContain("/review");
        }
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    /** The page's path, and the same path dressed up. */
    private static List<String> disguises(String path) {
        String rest = path.substring(1);
        String capitalised = "/" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        return List.of(path, "/" + path, "/." + path, "/%2e" + path, path + ";x=1", path + "/", capitalised,
                "/%2F" + rest, path.replaceFirst("/([^/]+)$", "/./$1"), path.replaceFirst("/([^/]+)$", "//$1"));
    }

    private static void assertNothingShown(RawHttp.Answer answer, String what, String... pageContent) {
        assertThat(answer.status()).as(what).isIn(REFUSED);
        assertThat(answer.body()).as(what).doesNotContain(pageContent);
        if (answer.status() == 302) {
            assertThat(answer.header("location")).as(what)
                    .startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        }
    }
}
