package org.compactdpa.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * No link, token or password of ours is kept or logged: after a whole application and invitation,
 * every table of the service holds each link's SHA-256 at most, never the token, and the service's
 * log of the test run names neither.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = AccountsTestResource.class, scope = TestResourceScope.GLOBAL)
class LinksLeaveNoTraceIT {

    private static final List<String> TABLES = List.of("vendor_application", "invitation", "audit_entry",
            "outbox_event", "inbox_event", "known_organisation", "known_membership");
    private static final Path LOG = Path.of("target", "accounts-test.log");

    @Test
    void theTablesHoldOnlyHashesOfTheLinksAndTheLogNamesNone() throws IOException {
        String applicant = Links.freshAddress("trace");
        given().contentType(ContentType.JSON).body(Map.of("company", "Trace Co", "legalName", "Trace Co LLC",
                        "website", "https://trace.example.org", "contactFirstName", "Tess", "contactLastName", "Trace",
                        "email", applicant, "authorityToSign", false))
                .when().post("/api/vendor-applications").then().statusCode(201);
        String confirmation = Links.confirmationToken(applicant);
        String vendorId = given().contentType(ContentType.JSON).body(Map.of("token", confirmation))
                .when().post("/api/vendor-applications/confirm").then().statusCode(200).extract().path("vendorId");
        // A second use of the link, refused, and a token that never existed: refusals must not log them either.
        given().contentType(ContentType.JSON).body(Map.of("token", confirmation))
                .when().post("/api/vendor-applications/confirm").then().statusCode(410);
        String bogus = "B".repeat(43);
        given().contentType(ContentType.JSON).body(Map.of("token", bogus))
                .when().post("/api/invitations/accept").then().statusCode(404);

        String admin = OrganisationPeople.person("traceadmin", "VENDOR", UUID.fromString(vendorId), "vendor-admin",
                "vendor-staff");
        String invitee = Links.freshAddress("invitee");
        given().header("Authorization", Tokens.bearer(admin)).contentType(ContentType.JSON)
                .body(Map.of("email", invitee, "roles", List.of("vendor-staff"), "firstName", "Ian", "lastName", "Vitee"))
                .when().post("/api/organisations/" + vendorId + "/invitations").then().statusCode(201);
        String invitation = Links.invitationToken(invitee);
        given().contentType(ContentType.JSON).body(Map.of("token", invitation))
                .when().post("/api/invitations/accept").then().statusCode(200);

        for (String token : List.of(confirmation, invitation, bogus)) {
            for (String table : TABLES) {
                assertThat(TestDatabase.count("compact_test", "select count(*) from " + table
                        + " t where strpos(row_to_json(t)::text, ?) > 0", token)).as("%s holds a token", table).isZero();
            }
        }
        assertThat(TestDatabase.count("compact_test", "select count(*) from vendor_application where token_hash = ?",
                sha256(confirmation))).isEqualTo(1);
        assertThat(TestDatabase.count("compact_test", "select count(*) from invitation where token_hash = ?",
                sha256(invitation))).isEqualTo(1);
        assertThat(TestDatabase.count("compact_test", "select count(*) from invitation where email = ? and token_hash ~ '^[0-9a-f]{64}$'",
                invitee)).isEqualTo(1);

        assertThat(LOG).as("the test run's log").exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the test run's log").isNotEmpty().contains("accounts");
        for (String token : List.of(confirmation, invitation, bogus)) {
            assertThat(log).doesNotContain(token).doesNotContain("token=" + token.substring(0, 10));
        }
        assertThat(log).doesNotContain("Chosen-by-the-person").doesNotContain("Signer-chose-this");
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
