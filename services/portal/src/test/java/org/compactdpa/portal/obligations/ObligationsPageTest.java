package org.compactdpa.portal.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeObligations;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Obligations at a glance: the service's figures, overdue ones flagged, the next deadlines or "none", links to each list. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class ObligationsPageTest {

    @BeforeEach
    void figuresWithSomethingOverdue() {
        FakeObligations.reset();
        FakeObligations.answer("GET", FakeObligations.DASHBOARD, 200, FakeObligations.DASHBOARD_FIGURES);
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theFiguresAndNextDeadlinesShowWithLinksToEachList() {
        for (String who : new String[] {"brightpath-staff", "maple-signer", "coordinator"}) {
            FormSession.as(Tokens.bearer(who)).when().get("/obligations").then().statusCode(200)
                    .body(allOf(containsString("Obligations at a glance"),
                            containsString("2 open; notices: 3 due"), containsString("4 awaiting acknowledgement"),
                            containsString("6 open"), containsString("5 offered"), containsString("8 awaiting acceptance"),
                            containsString("9 open"),
                            containsString("<dd id=\"next-notice\">2030-03-04 09:30 UTC</dd>"),
                            containsString("<dd id=\"next-disposition\">2030-04-30 10:00 UTC</dd>"),
                            containsString("<dd id=\"next-audit\">2030-03-18</dd>"),
                            containsString("href=\"/incidents\""), containsString("href=\"/dispositions\""),
                            containsString("href=\"/audits\""),
                            containsString("<a href=\"/obligations\" id=\"nav-obligations\">Obligations</a>")));
        }
        assertThat(FakeObligations.callsTo("GET", FakeObligations.DASHBOARD)).hasSize(3)
                .allSatisfy(call -> assertThat(call.authorization()).startsWith("Bearer "));
    }

    @Test
    void overdueFiguresAreFlaggedLikeTheIncidentPages() {
        FormSession.as(Tokens.bearer("maple-staff")).when().get("/obligations").then().statusCode(200)
                .body(allOf(containsString("<span class=\"badge bad\" id=\"notices-overdue\">1 overdue</span>"),
                        containsString("<span class=\"badge bad\" id=\"dispositions-overdue\">7 overdue</span>")));
    }

    @Test
    void nothingDueShowsNoneAndNoFlag() {
        FakeObligations.answer("GET", FakeObligations.DASHBOARD, 200, FakeObligations.DASHBOARD_NOTHING);
        FormSession.as(Tokens.bearer("brightpath-signer")).when().get("/obligations").then().statusCode(200)
                .body(allOf(containsString("<dd id=\"next-notice\">none</dd>"),
                        containsString("<dd id=\"next-disposition\">none</dd>"), containsString("<dd id=\"next-audit\">none</dd>"),
                        not(containsString("badge bad")), containsString("0 overdue")));
    }

    @Test
    void whoeverIsNoObligationsPartyIsRefusedWithoutACall() {
        FormSession.as(Tokens.bearer("admin")).when().get("/obligations").then().statusCode(403).contentType("text/html")
                .body(not(containsString("id=\"figures\"")));
        FormSession.as(null).when().get("/obligations").then().statusCode(302)
                .header("Location", startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)));
        assertThat(FakeObligations.CALLS).isEmpty();
    }
}
