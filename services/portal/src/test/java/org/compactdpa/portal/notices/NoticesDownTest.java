package org.compactdpa.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unread count is a nicety: a notices service that fails or does not answer leaves it out, and
 * every other page works as before, without waiting long for it.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
class NoticesDownTest {

    private static final String QUEUE = "/api/vendor-applications";

    @BeforeEach
    void aNoticesServiceThatFails() {
        FakeNotices.reset();
        FakeNotices.answer("GET", InboxPagesTest.UNREAD_COUNT, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");
        FakeNotices.answer("GET", "/api/notices", 503, "{\"title\":\"Service Unavailable\",\"status\":503}");
        FakeServices.answer(QUEUE, 200, "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeNotices.reset();
    }

    @Test
    void otherPagesWorkAndShowNoCount() {
        FormSession.as(InboxPagesTest.staff()).when().get("/verify").then().statusCode(200)
                .body(allOf(containsString("id=\"nav-inbox\">Inbox</a>"), not(containsString("unread-count"))));
        FormSession.as(Tokens.bearer("coordinator")).when().get("/coordinator/vendor-applications").then().statusCode(200)
                .body(allOf(containsString("id=\"application-filter\""), containsString("id=\"nav-inbox\">Inbox</a>")));
        assertThat(FakeNotices.callsTo("GET", InboxPagesTest.UNREAD_COUNT)).hasSize(2);
    }

    @Test
    void aNoticesServiceThatDoesNotAnswerCostsAPageAtMostASecond() {
        String coordinator = Tokens.bearer("coordinator");
        FakeNotices.delayEachAnswer(5_000);
        long started = System.nanoTime();
        FormSession.as(coordinator).when().get("/coordinator/vendor-applications").then().statusCode(200)
                .body(allOf(containsString("id=\"application-filter\""), not(containsString("unread-count"))));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the page's time with the count given up").isLessThan(Duration.ofMillis(3_000));
    }

    @Test
    void theInboxItselfSaysTheServiceFailed() {
        FormSession.as(InboxPagesTest.staff()).when().get("/inbox").then().statusCode(502)
                .body(allOf(containsString("A service failed"), containsString("id=\"nav-inbox\">Inbox</a>")));
    }
}
