package org.compactdpa.signatures.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.signatures.Rows;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a signature records, the document it is made on, and who may be a party to an agreement at all. */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
public class SignatureRecordIT {

    static final String SPOOFED = "203.0.113.7";

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    /** The claims of the user's access token, as the service reads them. */
    public static JsonPath claims(String user) {
        String payload = Tokens.of(user).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static ValidatableResponse signFrom(String agreement, String user, String hash, String forwardedFor) {
        return given().header("Authorization", Tokens.bearer(user)).header("User-Agent", "compact-tests")
                .header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("intent", true, "consentToElectronicRecords", true, "documentSha256", hash))
                .when().post("/api/agreements/" + agreement + "/signatures").then();
    }

    static Map<String, Object> signatureRow(String agreement, String party) {
        return Rows.one("select subject, signer_name, signer_email, party, organisation_id, role, intent, consent_version,"
                + " document_hash, signed_at, ip, user_agent from signature where agreement_id = ?::uuid and party = ?",
                UUID.fromString(agreement), party);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static void assertSignedBy(Map<String, Object> row, String user, String party, UUID organisation, String role,
            String hash, Instant notBefore, Instant notAfter) {
        JsonPath token = claims(user);
        assertThat(row.get("subject")).isEqualTo(token.getString("sub"));
        assertThat(row.get("signer_name")).isEqualTo(token.getString("name")).isNotNull();
        assertThat(row.get("signer_email")).isEqualTo(user + "@demo.compactdpa.org").isEqualTo(token.getString("email"));
        assertThat(row.get("party")).isEqualTo(party);
        assertThat(row.get("organisation_id")).isEqualTo(organisation);
        assertThat(row.get("role")).isEqualTo(role);
        assertThat(row.get("intent")).isEqualTo(true);
        assertThat(row.get("consent_version")).isEqualTo("2026-11-esign-1");
        assertThat(row.get("document_hash")).isEqualTo(hash);
        assertThat(((Timestamp) row.get("signed_at")).toInstant()).isBetween(notBefore, notAfter);
        // A client cannot choose the address recorded: without a configured proxy the header is ignored.
        assertThat(row.get("ip")).isNotEqualTo(SPOOFED).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
        assertThat(row.get("user_agent")).isEqualTo("compact-tests");
    }

    @Test
    void eachSignatureRecordsTheSignerTheirIntentAndConsentTheHashSeenAndWhereFrom() {
        String agreement = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        String hash = SigningFlowIT.hashOf(agreement, "brightpath-signer");

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        signFrom(agreement, "brightpath-signer", hash, SPOOFED).statusCode(200)
                .body("effectiveOn", nullValue()).body("expiresOn", nullValue());
        Instant between = Instant.now();
        signFrom(agreement, "maple-signer", hash, SPOOFED + ", 198.51.100.2").statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("effectiveOn", equalTo(LocalDate.now().toString()))
                .body("expiresOn", equalTo(LocalDate.now().plusYears(3).toString()));
        Instant after = Instant.now().plusMillis(1);

        Map<String, Object> vendor = signatureRow(agreement, "VENDOR");
        assertSignedBy(vendor, "brightpath-signer", "VENDOR", DemoOrganisations.BRIGHTPATH, "vendor-signer", hash,
                before, between);
        Map<String, Object> district = signatureRow(agreement, "DISTRICT");
        assertSignedBy(district, "maple-signer", "DISTRICT", DemoOrganisations.MAPLE, "district-signer", hash,
                between.truncatedTo(ChronoUnit.MILLIS), after);

        JsonPath view = given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("effectiveOn")).isEqualTo(LocalDate.now().toString());
        assertThat(view.getString("expiresOn")).isEqualTo(LocalDate.now().plusYears(3).toString());
        assertThat(view.getList("signatures.party")).containsExactly("VENDOR", "DISTRICT");
        assertThat(view.getList("signatures.signer")).containsExactly(vendor.get("signer_name"), district.get("signer_name"));
        assertThat(view.getList("signatures.documentSha256")).containsExactly(hash, hash);
        assertThat(Instant.parse(view.getString("signatures[0].signedAt")))
                .isEqualTo(((Timestamp) vendor.get("signed_at")).toInstant());

        JsonPath trail = given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + agreement + "/evidence").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("trail.findAll { it.type == 'SIGNED' }.ip"))
                .containsExactly(vendor.get("ip"), district.get("ip"));
    }

    @Test
    void theDocumentServedIsExactlyTheTextHashedAndReadsTheSameEveryTime() throws Exception {
        String agreement = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, true);
        JsonPath first = given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + agreement + "/document").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement + "/document").then().statusCode(200).extract().jsonPath();

        assertThat(first.getString("text")).contains("Maple Valley Public Schools (the District)",
                "Brightpath Reader: ASSESSMENT, STUDENT_NAME", "EXHIBIT E: GENERAL OFFER OF PRIVACY TERMS");
        assertThat(second.getString("text")).isEqualTo(first.getString("text"));
        assertThat(sha256(first.getString("text"))).isEqualTo(first.getString("sha256"))
                .isEqualTo(second.getString("sha256"));
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + agreement)
                .then().body("documentSha256", equalTo(first.getString("sha256")));
    }

    @Test
    void anUnverifiedVendorCannotBeAParty() {
        UUID vendor = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        SigningFlowIT.vendor(vendor, "Unverified Tutoring LLC", false);
        SigningFlowIT.product(product, vendor, "Unverified Tutor", List.of(DataElement.STUDENT_NAME));
        UUID terms = SigningFlowIT.terms("STANDARD", true, vendor, product, "MA");

        refused(terms, DemoOrganisations.MAPLE, product, "is not verified by a coordinator yet", "productIds");
        assertThat(TestDatabase.count(Rows.DB, "select count(*) from agreement where terms_id = ?::uuid", terms)).isZero();
    }

    @Test
    void theOriginatingDistrictMustBelongToTheTermsConsortium() {
        UUID outsider = UUID.randomUUID();
        SigningFlowIT.district(outsider, "Lone Pine Academy", "MA", false);
        UUID terms = SigningFlowIT.terms("STANDARD", true);

        refused(terms, outsider, SigningFlowIT.PRODUCT, "not a member of the consortium", "districtId");
        assertThat(TestDatabase.count(Rows.DB, "select count(*) from agreement where terms_id = ?::uuid", terms)).isZero();
    }

    /** Waits for the parties' events, then expects the preparation refused (422) for the reason and field. */
    static void refused(UUID terms, UUID district, UUID product, String reason, String field) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var response = given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON)
                    .body(Map.of("termsId", terms.toString(), "districtId", district.toString(),
                            "productIds", List.of(product.toString()), "generalOffer", false))
                    .when().post("/api/agreements");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("detail")).contains(reason);
            assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo(field);
        });
    }
}
