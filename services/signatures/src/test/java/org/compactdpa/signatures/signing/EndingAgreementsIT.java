package org.compactdpa.signatures.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.signatures.Rows;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.KafkaEvents;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Declining and terminating: by either party, with a reason the parties can read, announced on the broker. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class EndingAgreementsIT {

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    static ValidatableResponse post(String agreement, String action, String user, Map<String, ?> body) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/agreements/" + agreement + "/" + action).then();
    }

    /** The event of the type about the agreement, as it arrived on the broker. */
    static JsonPath event(String agreement, String type) {
        return JsonPath.from(KafkaEvents.await(Topics.AGREEMENTS, e -> agreement.equals(e.key())
                && ("org.compactdpa." + type).equals(e.type()), Duration.ofSeconds(20)).get(0).payload());
    }

    static long outbox(String agreement, String type) {
        return TestDatabase.count(Rows.DB, "select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                agreement, "org.compactdpa." + type);
    }

    @Test
    void theDistrictDeclinesAfterTheVendorSignedAndBothPartiesReadWhy() {
        String agreement = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        String hash = SigningFlowIT.hashOf(agreement, "brightpath-signer");
        SigningFlowIT.sign(agreement, "brightpath-signer", hash).statusCode(200).body("status", equalTo("AWAITING_DISTRICT"))
                .body("$", not(hasKey("endReason")));

        JsonPath signed = event(agreement, "agreement.signed.v1");
        assertThat(signed.getString("party")).isEqualTo("VENDOR");
        assertThat(signed.getString("organisationId")).isEqualTo(DemoOrganisations.BRIGHTPATH.toString());
        assertThat(signed.getString("documentSha256")).isEqualTo(hash);

        post(agreement, "decline", "harbor-signer", Map.of("reason", "Not ours")).statusCode(403);
        post(agreement, "decline", "maple-signer", Map.of("reason", "Retention period too long for our board"))
                .statusCode(200).body("status", equalTo("DECLINED"))
                .body("endReason", equalTo("Retention period too long for our board"));
        given().header("Authorization", Tokens.bearer("brightpath-signer")).when().get("/api/agreements/" + agreement)
                .then().body("status", equalTo("DECLINED"))
                .body("endReason", equalTo("Retention period too long for our board"));
        // The reason is for the parties; the public registry shows only that it was declined.
        given().when().get("/api/registry/agreements/" + agreement)
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("$", not(hasKey("endReason")));

        JsonPath declined = event(agreement, "agreement.declined.v1");
        assertThat(declined.getString("party")).isEqualTo("DISTRICT");
        assertThat(declined.getString("reason")).isEqualTo("Retention period too long for our board");
        assertThat(declined.getString("districtId")).isEqualTo(DemoOrganisations.MAPLE.toString());
        post(agreement, "decline", "maple-signer", Map.of("reason", "Again")).statusCode(409);
    }

    @Test
    void theVendorTerminatesAnExecutedAgreementWithAReason() {
        String agreement = SigningFlowIT.executedOffer();
        post(agreement, "terminate", "quillstone-signer", Map.of("reason", "Not ours")).statusCode(403);
        post(agreement, "terminate", "brightpath-signer", Map.of("reason", "Product discontinued on June 30"))
                .statusCode(200).body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("Product discontinued on June 30"));
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + agreement)
                .then().body("status", equalTo("TERMINATED")).body("endReason", equalTo("Product discontinued on June 30"));

        JsonPath terminated = event(agreement, "agreement.terminated.v1");
        assertThat(terminated.getString("party")).isEqualTo("VENDOR");
        assertThat(terminated.getString("reason")).isEqualTo("Product discontinued on June 30");
        assertThat(terminated.getString("vendorId")).isEqualTo(DemoOrganisations.BRIGHTPATH.toString());
        post(agreement, "terminate", "maple-signer", Map.of("reason", "Twice")).statusCode(409);
    }

    @Test
    void aBlankOrMissingReasonIsRefusedAndChangesNothing() {
        String executed = SigningFlowIT.executedOffer();
        post(executed, "terminate", "maple-signer", Map.of("reason", "   ")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        String awaiting = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        post(awaiting, "decline", "brightpath-signer", Map.of()).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));

        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + executed)
                .then().body("status", equalTo("EXECUTED")).body("$", not(hasKey("endReason")));
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + awaiting)
                .then().body("status", equalTo("AWAITING_VENDOR"));
        assertThat(outbox(executed, "agreement.terminated.v1")).isZero();
        assertThat(outbox(awaiting, "agreement.declined.v1")).isZero();
    }
}
