package org.compactdpa.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What /q serves on the portal: health to anyone (probes), metrics and the API description to platform admins. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeServices.class, scope = TestResourceScope.GLOBAL)
class OperatorEndpointsTest {

    private static final List<String> FOR_ADMINS = List.of("/q/metrics", "/q/openapi", "/q/swagger-ui/");

    @Test
    void healthStaysOpenForTheProbes() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void nobodySignedInIsSentToSignInInsteadOfSeeingMetricsOrTheApi() throws Exception {
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/openapi?format=json", "/q/swagger-ui/", "/q//metrics",
                "/q/./metrics", "/q/%6detrics", "/q/metrics;x=1", "/q/metrics/", "/q/swagger-ui/index.html")) {
            RawHttp.Answer answer = RawHttp.get(path);
            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.header("location")).as(path).startsWith(keycloak);
            assertThat(answer.body()).as(path).doesNotContain("# TYPE", "openapi", "swagger");
        }
    }

    @Test
    void aSignedInPersonWhoIsNoPlatformAdminIsRefused() {
        for (String path : FOR_ADMINS) {
            given().header("Authorization", Tokens.bearer("coordinator")).redirects().follow(false)
                    .when().get(path)
                    .then().statusCode(403)
                    .body(org.hamcrest.Matchers.not(containsString("# TYPE")));
        }
    }

    @Test
    void aPlatformAdminSeesThem() {
        String admin = Tokens.bearer("admin");
        given().header("Authorization", admin).when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE"));
        given().header("Authorization", admin).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Compact portal"));
        given().header("Authorization", admin).when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
