package org.compactdpa.signatures.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.compactdpa.signatures.seal.SealKey;
import org.compactdpa.signatures.seal.SealWorker;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.DemoOrganisations;
import org.compactdpa.testing.TestDatabase;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence of a signing: the hash-chained trail (guarded by the database), the sealed PDF served
 * once ready, and public verification, against real PostgreSQL, Kafka and Keycloak.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
public class EvidenceIT {

    static final String DB = "compact_test";

    @Inject
    SealKey key;

    @Inject
    SealWorker worker;

    @Inject
    io.vertx.core.Vertx vertx;

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    /** An agreement the vendor and Maple signed, with a browser-like user agent on each step. */
    public static String executed() {
        String agreement = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, true);
        String hash = SigningFlowIT.hashOf(agreement, "brightpath-signer");
        SigningFlowIT.sign(agreement, "brightpath-signer", hash).statusCode(200);
        SigningFlowIT.sign(agreement, "maple-signer", hash).statusCode(200).body("status", equalTo("EXECUTED"));
        return agreement;
    }

    public static JsonPath trail(String agreement, String user) {
        return given().header("Authorization", Tokens.bearer(user)).when().get("/api/agreements/" + agreement + "/evidence")
                .then().statusCode(200).extract().jsonPath();
    }

    public static byte[] pdfWhenReady(String agreement, String user) {
        byte[][] pdf = new byte[1][];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var response = given().header("Authorization", Tokens.bearer(user))
                    .when().get("/api/agreements/" + agreement + "/document.pdf");
            if (response.statusCode() == 409) {
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/pdf");
            pdf[0] = response.asByteArray();
        });
        return pdf[0];
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theTrailRecordsEachStepWithActorOriginAndDocumentHashInAChain() {
        String agreement = executed();
        JsonPath trail = trail(agreement, "maple-signer");
        List<String> types = trail.getList("trail.type");
        assertThat(types.subList(0, 5)).containsExactly("CREATED", "DOCUMENT_VIEWED", "SIGNED", "SIGNED", "EXECUTED");
        assertThat(trail.getString("trail[2].actor.role")).isEqualTo("vendor-signer");
        assertThat(trail.getString("trail[2].actor.organisationId")).isEqualTo(DemoOrganisations.BRIGHTPATH.toString());
        assertThat(trail.getString("trail[3].actor.organisationId")).isEqualTo(DemoOrganisations.MAPLE.toString());
        assertThat(trail.getString("trail[3].userAgent")).isEqualTo("compact-tests");
        assertThat(trail.getString("trail[3].ip")).isNotBlank();
        assertThat(trail.getString("trail[3].documentSha256")).hasSize(64);
        assertThat(trail.getString("trail[0].previousHash")).isEqualTo("0".repeat(64));
        for (int i = 1; i < types.size(); i++) {
            assertThat(trail.getString("trail[" + i + "].previousHash")).isEqualTo(trail.getString("trail[" + (i - 1) + "].hash"));
        }

        given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement + "/evidence/verify")
                .then().statusCode(200).body("intact", equalTo(true)).body("firstBrokenSeq", nullValue())
                .body("head", notNullValue());
    }

    @Test
    void outsidersSeeNeitherTrailNorPdf() {
        String agreement = executed();
        for (String path : List.of("/evidence", "/evidence/verify", "/document.pdf")) {
            given().header("Authorization", Tokens.bearer("quillstone-signer"))
                    .when().get("/api/agreements/" + agreement + path)
                    .then().statusCode(403).contentType("application/problem+json");
            given().when().get("/api/agreements/" + agreement + path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer("coordinator")).when().get("/api/agreements/" + agreement + "/evidence")
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + UUID.randomUUID()
                + "/evidence").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theServicesOwnDatabaseUserCannotChangeOrDeleteTrailRows() {
        String agreement = executed();
        long before = TestDatabase.count(DB, "select count(*) from evidence_entry where agreement_id = ?::uuid", agreement);
        // The service's role lacks the privileges, and does not own the table, so cannot switch its triggers off.
        assertThatThrownBy(() -> TestDatabase.execute(DB,
                "update evidence_entry set ip = '203.0.113.9' where agreement_id = ?::uuid", agreement))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("permission denied for table evidence_entry");
        assertThatThrownBy(() -> TestDatabase.execute(DB, "delete from evidence_entry where agreement_id = ?::uuid",
                agreement)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("permission denied for table evidence_entry");
        assertThatThrownBy(() -> TestDatabase.execute(DB, "alter table evidence_entry disable trigger all"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be owner of table evidence_entry");
        // Privileges aside, the trigger refuses even a superuser who leaves triggers on.
        assertThatThrownBy(() -> TestDatabase.executeAsSuperuser(DB,
                "update evidence_entry set ip = '203.0.113.9' where agreement_id = ?::uuid", agreement))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.executeAsSuperuser(DB, "delete from evidence_entry where agreement_id = ?::uuid",
                agreement)).isInstanceOf(IllegalStateException.class).hasMessageContaining("append-only");
        assertThat(TestDatabase.count(DB, "select count(*) from evidence_entry where agreement_id = ?::uuid", agreement))
                .isEqualTo(before);
        assertThat(TestDatabase.count(DB,
                "select count(*) from evidence_entry where agreement_id = ?::uuid and ip = '203.0.113.9'", agreement)).isZero();
    }

    @Test
    void aChangedTrailRowIsNamedAsTheFirstBrokenLink() {
        String agreement = executed();
        int changed = TestDatabase.executeAsSuperuserWithoutTriggers(DB,
                "update evidence_entry set ip = '203.0.113.9' where agreement_id = ?::uuid and seq = 3", agreement);
        assertThat(changed).isEqualTo(1);
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + agreement + "/evidence/verify")
                .then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBrokenSeq", equalTo(3))
                .body("problem", containsString("entry 3"));
    }

    @Test
    void theSealedPdfValidatesAndIsTheSameBytesOnEveryRequest() throws Exception {
        String notExecuted = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        given().header("Authorization", Tokens.bearer("maple-signer")).when().get("/api/agreements/" + notExecuted + "/document.pdf")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("once it is executed"));

        String agreement = executed();
        byte[] pdf = pdfWhenReady(agreement, "maple-signer");
        byte[] again = given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().get("/api/agreements/" + agreement + "/document.pdf").then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature seal = doc.getLastSignatureDictionary();
            assertThat(seal.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = seal.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(pdf.length);
            ContentInfo structure;
            try (ASN1InputStream in = new ASN1InputStream(seal.getContents(pdf))) {
                structure = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(seal.getSignedContent(pdf)), structure);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            assertThat(certificate.getEncoded()).isEqualTo(key.certificate().getEncoded());
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            String documentHash = given().header("Authorization", Tokens.bearer("maple-signer"))
                    .when().get("/api/agreements/" + agreement).then().extract().path("documentSha256");
            assertThat(text).contains("Certificate of completion", "Brightpath Reader: ASSESSMENT, STUDENT_NAME",
                    documentHash, "compact-tests");
        }
        JsonPath trail = trail(agreement, "maple-signer");
        assertThat(trail.getList("trail.type")).contains("SEALED");
        assertThat(trail.getString("trail.find { it.type == 'SEALED' }.details")).contains(sha256(pdf));
    }

    @Test
    void theSealedPdfIsReproducedFromStoredRowsAloneEvenAfterTheTermsRowChanges() throws Exception {
        String agreement = executed();
        byte[] stored = pdfWhenReady(agreement, "maple-signer");
        // A later edit of the terms' projection must not change what the agreement's PDF shows.
        assertThat(TestDatabase.execute(DB, "update known_terms set text = 'Rewritten later', template_name = 'Renamed'"
                + " where id = (select terms_id from agreement where id = ?::uuid)", agreement)).isEqualTo(1);

        java.util.concurrent.CompletableFuture<byte[]> again = new java.util.concurrent.CompletableFuture<>();
        io.vertx.core.Context context = io.smallrye.common.vertx.VertxContext.createNewDuplicatedContext(
                vertx.getOrCreateContext());
        io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> worker.reseal(UUID.fromString(agreement))
                .subscribe().with(again::complete, again::completeExceptionally));

        assertThat(again.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(stored);
    }

    @Test
    void verificationByUploadAndByHashKnowsOurAgreementsAndRejectsOthers() throws Exception {
        String agreement = executed();
        byte[] pdf = pdfWhenReady(agreement, "maple-signer");

        given().contentType("application/pdf").body(pdf).when().post("/api/verify")
                .then().statusCode(200)
                .body("authentic", equalTo(true))
                .body("agreementId", equalTo(agreement))
                .body("kind", equalTo("ORIGINAL"))
                .body("status", equalTo("EXECUTED"))
                .body("district", equalTo("Maple Valley Public Schools"))
                .body("sealIntact", equalTo(true))
                .body("pdfSha256", equalTo(sha256(pdf)))
                .body("timestamp.present", equalTo(false))
                .body("timestamp.note", containsString("without a trusted timestamp"));
        given().contentType(ContentType.JSON).body(Map.of("sha256", sha256(pdf).toUpperCase())).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(true)).body("agreementId", equalTo(agreement))
                .body("matchedBy", equalTo("PDF_SHA256"));
        String documentHash = given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + agreement).then().extract().path("documentSha256");
        given().contentType(ContentType.JSON).body(Map.of("sha256", documentHash)).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(true)).body("matchedBy", equalTo("DOCUMENT_SHA256"));

        byte[] changed = pdf.clone();
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("(Compact signatures)") + 1;
        changed[at] = (byte) 'c';
        given().contentType("application/pdf").body(changed).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(false)).body("sealIntact", equalTo(false))
                .body("reason", containsString("changed after it was sealed")).body("agreementId", nullValue());

        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(foreign);
        }
        given().contentType("application/pdf").body(foreign.toByteArray()).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(false)).body("sealIntact", equalTo(false))
                .body("reason", containsString("no seal of this platform"));
        given().contentType(ContentType.JSON).body(Map.of("sha256", sha256(foreign.toByteArray()))).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(false)).body("reason", notNullValue());

        given().contentType("application/pdf").body("not a pdf".getBytes(StandardCharsets.UTF_8)).when().post("/api/verify")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("sha256", "xyz")).when().post("/api/verify")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sha256"));
    }

    @Test
    void laterStepsJoinTheTrailAndVerificationAnswersTheCurrentStatus() {
        String agreement = executed();
        byte[] pdf = pdfWhenReady(agreement, "maple-signer");
        given().header("Authorization", Tokens.bearer("brightpath-signer"))
                .when().post("/api/offers/" + agreement + "/withdraw").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("maple-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Service discontinued")).when().post("/api/agreements/" + agreement + "/terminate")
                .then().statusCode(200);

        JsonPath trail = trail(agreement, "maple-signer");
        assertThat(trail.getList("trail.type")).contains("OFFER_WITHDRAWN", "TERMINATED");
        assertThat(trail.getString("trail.find { it.type == 'TERMINATED' }.details")).contains("Service discontinued");
        given().header("Authorization", Tokens.bearer("maple-signer"))
                .when().get("/api/agreements/" + agreement + "/evidence/verify").then().body("intact", equalTo(true));
        given().contentType("application/pdf").body(pdf).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(true)).body("status", equalTo("TERMINATED"));

        String declined = SigningFlowIT.prepare(SigningFlowIT.terms("STANDARD", true), DemoOrganisations.MAPLE, false);
        given().header("Authorization", Tokens.bearer("brightpath-signer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Product retired")).when().post("/api/agreements/" + declined + "/decline")
                .then().statusCode(200);
        assertThat(trail(declined, "brightpath-signer").getList("trail.type")).containsExactly("CREATED", "DECLINED");
    }

    @Test
    void anAdoptionHasItsOwnTrailAndSealedPdfAndTheOfferRecordsIt() {
        String offer = executed();
        String adoption = SigningFlowIT.adopt(offer, "harbor-signer").statusCode(201).extract().path("id");

        assertThat(trail(adoption, "harbor-signer").getList("trail.type").subList(0, 2))
                .containsExactly("ADOPTED", "EXECUTED");
        JsonPath original = trail(offer, "brightpath-signer");
        assertThat(original.getString("trail.find { it.type == 'ADOPTED' }.details")).contains(adoption);

        byte[] pdf = pdfWhenReady(adoption, "harbor-signer");
        given().contentType("application/pdf").body(pdf).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(true)).body("kind", equalTo("ADOPTION"))
                .body("agreementId", equalTo(adoption)).body("originAgreementId", equalTo(offer));
        given().header("Authorization", Tokens.bearer("harbor-signer")).when().get("/api/agreements/" + adoption
                + "/evidence/verify").then().statusCode(200).body("intact", equalTo(true));
    }
}
