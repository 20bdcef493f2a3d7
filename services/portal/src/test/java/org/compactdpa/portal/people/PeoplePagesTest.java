package org.compactdpa.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.compactdpa.portal.FakeServices;
import org.compactdpa.portal.FormSession;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KeycloakUsers;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organisation's people, for its administrators, against a stand-in accounts service. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class PeoplePagesTest {

    /** Maple's administrator: district-admin and district-staff, not district-signer. */
    static final String MAPLE_ADMIN = "portal-maple-admin";
    static final String MAPLE = DemoOrganisations.MAPLE.toString();
    private static final String HARBOR = DemoOrganisations.HARBOR.toString();
    private static final String ADA = "aaaaaaaa-1111-4222-8333-444455556666";
    private static final String SAM = "bbbbbbbb-1111-4222-8333-444455556666";
    static final String PEOPLE = """
            {"items":[
             {"id":"%s","email":"ada@maple.example","firstName":"Ada","lastName":"Admin","active":true,
              "organisationType":"DISTRICT","organisationId":"%s","roles":["district-admin","district-staff"],"passwordSet":true},
             {"id":"%s","email":"sam@maple.example","firstName":"Sam","lastName":"<Signer>","active":true,
              "organisationType":"DISTRICT","organisationId":"%s","roles":["district-signer","district-staff","offline_access"],
              "passwordSet":false}],"page":0,"size":50,"total":2}""".formatted(ADA, MAPLE, SAM, MAPLE);

    @BeforeAll
    static void maplesAdministrator() {
        KeycloakUsers.create(MAPLE_ADMIN, "district-admin", "DISTRICT", DemoOrganisations.MAPLE);
        KeycloakUsers.create(MAPLE_ADMIN, "district-staff", "DISTRICT", DemoOrganisations.MAPLE);
    }

    @BeforeEach
    void maplesPeople() {
        FakeServices.answer("/api/people", 200, PEOPLE);
        FakeServices.answer("/api/organisations/" + MAPLE + "/people/" + SAM + "/roles", 200, "{}");
        FakeServices.answer("/api/organisations/" + MAPLE + "/people/" + SAM + "/deactivate", 200, "{}");
        FakeServices.forgetCalls();
    }

    @Test
    void anAdministratorSeesTheirPeopleWithBoxesOnlyForRolesTheyHold() {
        String page = FormSession.open(admin(), "/people").html();

        assertThat(page).contains("id=\"nav-people\"", "Ada Admin", "sam@maple.example", "Sam &lt;Signer&gt;",
                "has not set a password yet", "action=\"/people/" + SAM + "/roles\"", "id=\"save-roles-" + SAM + "\"");
        String sam = page.substring(page.indexOf("id=\"person-" + SAM + "\""));
        assertThat(sam).contains("<input type=\"checkbox\" name=\"roles\" value=\"district-staff\" checked>",
                        "<input type=\"checkbox\" name=\"roles\" value=\"district-admin\">",
                        "<input type=\"checkbox\" disabled checked> district-signer",
                        "<input type=\"hidden\" name=\"roles\" value=\"district-signer\">")
                .doesNotContain("offline_access");
        assertThat(FakeServices.callsTo("GET", "/api/people")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo(admin()));
    }

    @Test
    void changingRolesSendsEveryRoleTheFormHolds() {
        FormSession.open(admin(), "/people")
                .post("/people/" + SAM + "/roles", "organisation", "", "page", "0", "roles", "district-admin",
                        "roles", "district-staff", "roles", "district-signer")
                .then().statusCode(303).header("Location", endsWith("/people?done=roles"));

        FakeServices.Call call = FakeServices.callsTo("PUT", "/api/organisations/" + MAPLE + "/people/" + SAM + "/roles").get(0);
        assertThat(JsonPath.from(call.body()).getList("roles", String.class))
                .containsExactly("district-admin", "district-staff", "district-signer");
        assertThat(call.authorization()).isEqualTo(admin());
    }

    @Test
    void aRoleTheAdministratorMayNotGrantIsRefusedWithTheServicesWords() {
        FakeServices.answer("/api/organisations/" + MAPLE + "/people/" + SAM + "/roles", 403, """
                {"title":"Forbidden","status":403,"detail":"You may not grant or remove district-signer in district %s; you may grant district-admin, district-staff"}"""
                .formatted(MAPLE));
        FormSession.open(admin(), "/people")
                .post("/people/" + SAM + "/roles", "organisation", "", "roles", "district-staff")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"problem\""), containsString("You may not grant or remove district-signer"),
                        containsString("id=\"people\"")));
    }

    @Test
    void deactivatingAsksFirstThenPosts() {
        FormSession confirm = FormSession.open(admin(), "/people/" + SAM + "/deactivate?page=0");
        assertThat(confirm.html()).contains("Deactivate Sam &lt;Signer&gt;?", "sam@maple.example", "id=\"deactivate\"",
                "action=\"/people/" + SAM + "/deactivate\"", "href=\"/people\" id=\"cancel\"");
        assertThat(FakeServices.callsTo("POST", "/api/organisations/" + MAPLE + "/people/" + SAM + "/deactivate"))
                .as("nothing is deactivated by asking").isEmpty();

        confirm.post("/people/" + SAM + "/deactivate", "organisation", "", "page", "0")
                .then().statusCode(303).header("Location", endsWith("/people?done=deactivated"));
        assertThat(FakeServices.callsTo("POST", "/api/organisations/" + MAPLE + "/people/" + SAM + "/deactivate")).hasSize(1);
    }

    @Test
    void theLastAdministratorIsKeptAndThePageSaysWhy() {
        FakeServices.answer("/api/organisations/" + MAPLE + "/people/" + ADA + "/deactivate", 409, """
                {"title":"Conflict with the current state","status":409,
                 "detail":"ada@maple.example is the last administrator of district %s; make someone else an administrator first"}"""
                .formatted(MAPLE));
        FormSession.open(admin(), "/people/" + ADA + "/deactivate")
                .post("/people/" + ADA + "/deactivate", "organisation", "")
                .then().statusCode(200)
                .body(allOf(containsString("is the last administrator"), containsString("make someone else an administrator first"),
                        containsString("id=\"people\""), not(containsString("id=\"done\""))));
    }

    @Test
    void aCoordinatorManagesAMemberDistrictByItsId() {
        FakeServices.answer("/api/organisations/" + HARBOR + "/people", 200, PEOPLE.replace(MAPLE, HARBOR));
        String page = FormSession.open(Tokens.bearer("coordinator"), "/people?organisation=" + HARBOR).html();

        assertThat(page).contains("<input type=\"hidden\" name=\"organisation\" value=\"" + HARBOR + "\">",
                "href=\"/people/invitations?organisation=" + HARBOR + "\"",
                "<input type=\"checkbox\" name=\"roles\" value=\"district-signer\" checked>");
        assertThat(FakeServices.callsTo("GET", "/api/organisations/" + HARBOR + "/people")).hasSize(1);
        assertThat(FakeServices.callsTo("GET", "/api/people")).isEmpty();
    }

    @Test
    void aPlatformAdministratorNamesTheOrganisationFirst() {
        FormSession.as(Tokens.bearer("admin")).when().get("/people")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"choose-organisation-form\""), containsString("maxlength=\"36\""),
                        not(containsString("id=\"people\""))));
        assertThat(FakeServices.CALLS).as("calls before an organisation is named").isEmpty();
    }

    @Test
    void staffAndVisitorsCannotOpenThePeoplePage() {
        FormSession.as(Tokens.bearer("maple-staff")).when().get("/people")
                .then().statusCode(403).body(allOf(containsString("Not available to your account"),
                        not(containsString("id=\"nav-people\""))));
        FormSession.as(Tokens.bearer("brightpath-signer")).when().get("/people/invitations").then().statusCode(403);
        FormSession.as(null).when().get("/people")
                .then().statusCode(302).header("Location",
                        startsWith(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)));
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    @Test
    void aRoleChangeWithoutTheFormsCsrfTokenIsRefused() {
        FormSession.as(admin()).contentType("application/x-www-form-urlencoded").formParam("roles", "district-admin")
                .when().post("/people/" + SAM + "/roles")
                .then().statusCode(400);
        assertThat(FakeServices.CALLS).as("calls to the services").isEmpty();
    }

    @Test
    void aTamperedOrganisationIsA400Page() {
        FormSession.open(admin(), "/people")
                .post("/people/" + SAM + "/roles", "organisation", "not-an-id", "roles", "district-staff")
                .then().statusCode(400).body(containsString("not one"));
    }

    static String admin() {
        return Tokens.bearer(MAPLE_ADMIN);
    }
}
