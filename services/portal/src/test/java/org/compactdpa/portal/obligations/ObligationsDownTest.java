package org.compactdpa.portal.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.portal.FakeNotices;
import org.compactdpa.portal.FakeObligations;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An obligations service that fails: its pages say so, and no other page asks it anything, the header link included. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeNotices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeObligations.class, scope = TestResourceScope.GLOBAL)
class ObligationsDownTest {

    private static final String FAILED = "{\"title\":\"Service Unavailable\",\"status\":503}";

    @BeforeEach
    void anObligationsServiceThatFails() {
        FakeObligations.reset();
        FakeObligations.answer("GET", "/api/incidents", 503, FAILED);
        FakeObligations.answer("GET", "/api/breach-notices/" + Cases.NOTICE, 503, FAILED);
        FakeObligations.answer("GET", "/api/breach-notices/" + Cases.NOTICE + "/messages", 503, FAILED);
        FakeObligations.answer("GET", "/api/dispositions", 503, FAILED);
        FakeObligations.answer("GET", "/api/audits", 503, FAILED);
        FakeObligations.answer("GET", FakeObligations.DASHBOARD, 503, FAILED);
    }

    @AfterEach
    void forgetTheStandIn() {
        FakeObligations.reset();
    }

    @Test
    void theObligationPagesSayTheServiceFailed() {
        for (String path : new String[] {"/obligations", "/incidents", "/breach-notices/" + Cases.NOTICE, "/dispositions", "/audits"}) {
            FormSession.as(Tokens.bearer("maple-staff")).when().get(path).then().statusCode(502)
                    .body(allOf(containsString("A service failed"), containsString("id=\"nav-obligations\"")));
        }
    }

    @Test
    void otherPagesWorkAndTheHeaderLinkCostsNoCall() {
        FormSession.as(Tokens.bearer("brightpath-staff")).when().get("/verify").then().statusCode(200)
                .body(containsString("<a href=\"/obligations\" id=\"nav-obligations\">Obligations</a>"));
        FormSession.as(Tokens.bearer("coordinator")).when().get("/verify").then().statusCode(200)
                .body(containsString("id=\"nav-obligations\""));
        FormSession.as(null).when().get("/verify").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"nav-obligations\"")));
        assertThat(FakeObligations.CALLS).isEmpty();
    }
}
