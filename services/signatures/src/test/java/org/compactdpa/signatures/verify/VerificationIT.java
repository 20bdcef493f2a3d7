package org.compactdpa.signatures.verify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.evidence.EvidenceIT;
import org.compactdpa.signatures.seal.Tampering;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Public verification of uploads is byte-exact: only the file as sealed is authentic, every change
 * outside the signed bytes included; and uploads are bounded in size and in the work they cause.
 */
@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class VerificationIT {

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    static ValidatableResponse upload(byte[] pdf) {
        return given().contentType("application/pdf").body(pdf).when().post("/api/verify").then();
    }

    static byte[] sealedPdf() {
        return EvidenceIT.pdfWhenReady(EvidenceIT.executed(), "maple-signer");
    }

    @Test
    void onlyTheFileAsSealedIsAuthentic() throws Exception {
        byte[] pdf = sealedPdf();
        upload(pdf).statusCode(200).body("authentic", equalTo(true)).body("matchedBy", equalTo("PDF_SHA256"))
                .body("sealIntact", equalTo(true)).body("timestamp.present", equalTo(false));

        upload(Tampering.paddingByteChanged(pdf)).statusCode(200)
                .body("authentic", equalTo(false)).body("agreementId", nullValue())
                .body("reason", containsString("padding was changed or something was hidden in it"));
        upload(Tampering.textHiddenInPadding(pdf, "Payment terms: see account 12-345")).statusCode(200)
                .body("authentic", equalTo(false)).body("reason", containsString("something was hidden in it"));
        upload(Tampering.appended(pdf, "\n%%EOF\n% added later\n")).statusCode(200)
                .body("authentic", equalTo(false)).body("reason", containsString("bytes were added after the seal"));
        upload(Tampering.resealedWithAnotherKey(pdf)).statusCode(200)
                .body("authentic", equalTo(false)).body("reason", containsString("sealed by someone else"));
    }

    @Test
    void aFileWhoseBytesAreNoLongerStoredIsCheckedAgainstTheCmsIssued() throws Exception {
        String agreement = EvidenceIT.executed();
        byte[] pdf = EvidenceIT.pdfWhenReady(agreement, "maple-signer");
        assertThat(TestDatabase.execute(Rows.DB, "update sealed_document set pdf = null, pdf_sha256 = null"
                + " where agreement_id = ?::uuid and cms_sha256 is not null", agreement)).isEqualTo(1);

        upload(pdf).statusCode(200).body("authentic", equalTo(true)).body("matchedBy", equalTo("SEAL"))
                .body("agreementId", equalTo(agreement)).body("sealIntact", equalTo(true));
        upload(Tampering.paddingByteChanged(pdf)).statusCode(200).body("authentic", equalTo(false));

        // Our own key and the same agreement, sealed again: intact, but not the seal that was issued.
        TestDatabase.execute(Rows.DB, "update sealed_document set cms_sha256 = ? where agreement_id = ?::uuid",
                "0".repeat(64), agreement);
        upload(pdf).statusCode(200).body("authentic", equalTo(false))
                .body("reason", containsString("not the one issued for agreement " + agreement));
    }

    @Test
    void anUploadOverTheLimitIs413ProblemWhetherItAnnouncesItsLengthOrNot() {
        byte[] tooLarge = Arrays.copyOf(sealedPdf(), 5 * 1024 * 1024 + 1);
        given().contentType("application/pdf").body(tooLarge).when().post("/api/verify")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://compactdpa.org/problems/too-large"))
                .body("detail", containsString("at most 5242880 bytes"));
        // Sent in chunks, without a length: refused once read.
        given().contentType("application/pdf").body(new ByteArrayInputStream(tooLarge)).when().post("/api/verify")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("this one is 5242881 bytes"));
        upload(sealedPdf()).statusCode(200).body("authentic", equalTo(true));
    }

    @Test
    void hostileFilesAre4xxProblemsAndTheServiceKeepsAnswering() {
        byte[] pdf = sealedPdf();
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThat(new String(truncated, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%%EOF");
        upload(truncated).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a complete PDF"));
        upload(HostilePdfs.nested(200_000)).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a readable PDF"));
        upload(HostilePdfs.manyObjects(20_000)).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("more than 10000 objects"));
        // Never unpacked: a file with object streams cannot be one sealed here.
        upload(HostilePdfs.objectStreamBomb()).statusCode(200).body("authentic", equalTo(false))
                .body("reason", containsString("/ObjStm"));

        upload(pdf).statusCode(200).body("authentic", equalTo(true));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
