package org.compactdpa.signatures.seal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.compactdpa.local.TimeStampAuthority;
import org.compactdpa.signatures.Rows;
import org.compactdpa.signatures.evidence.EvidenceIT;
import org.compactdpa.signatures.signing.SigningFlowIT;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seals made by the running service with a time-stamping authority (the local one, in this JVM on a
 * free port) and a CA-issued key: PAdES B-T with the validation data in a DSS, a timestamp that
 * verification reports, and a seal that waits for an authority that is away instead of being lost.
 */
@QuarkusTest
@TestProfile(TimestampedSealIT.WithAuthority.class)
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class TimestampedSealIT {

    /** The one profile of this module with an authority: a restart of Quarkus, so every case of it is here. */
    public static class WithAuthority implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "compact.seal.tsa-url", LocalAuthority.url(),
                    "compact.seal.tsa-timeout", "2s",
                    "compact.seal.lease", "3s",
                    "compact.seal.keystore-path", LocalAuthority.caIssuedKey().toString(),
                    "compact.seal.keystore-password", CaIssuedKey.PASSWORD);
        }
    }

    /** The authority and the key, made once per JVM (Quarkus asks the profile for its configuration more than once). */
    static final class LocalAuthority {

        private static Path dir;
        private static Path key;
        private static TimeStampAuthority running;
        private static int port;

        static synchronized String url() {
            if (running == null) {
                try {
                    dir = Files.createTempDirectory("compact-tsa-test");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                running = TimeStampAuthority.start(dir.resolve("tsa"), 0);
                port = running.port();
            }
            return running.url();
        }

        static synchronized Path caIssuedKey() {
            url();
            if (key == null) {
                key = CaIssuedKey.write(dir.resolve("key"));
            }
            return key;
        }

        static synchronized TimeStampAuthority running() {
            url();
            return running;
        }

        static synchronized void stop() {
            running.close();
        }

        /** On the same port, so the service's configured address reaches it again. */
        static synchronized void restart() {
            running = TimeStampAuthority.start(dir.resolve("tsa"), port);
        }
    }

    @BeforeAll
    static void parties() {
        SigningFlowIT.parties();
    }

    @Test
    void anExecutedAgreementIsSealedWithATimestampThatVerificationReports() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String agreement = EvidenceIT.executed();
        byte[] pdf = EvidenceIT.pdfWhenReady(agreement, "maple-signer");
        Instant after = Instant.now().plusSeconds(1);

        SignerInformation signer = TimestampedSealTest.signerOf(pdf);
        var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).as("the signature timestamp, an unsigned attribute").isNotNull();
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        Instant stamped = token.getTimeStampInfo().getGenTime().toInstant();
        assertThat(stamped).isBetween(before, after);

        String authority = new X509CertificateHolder(LocalAuthority.running().certificate().getEncoded()).getSubject()
                .toString();
        assertThat(ByteExactSealTest.dssCertificates(pdf)).extracting(c -> c.getSubject().toString())
                .contains(CaIssuedKey.SEAL_NAME.replace(", ", ","), CaIssuedKey.ROOT_NAME.replace(", ", ","), authority);

        given().contentType("application/pdf").body(pdf).when().post("/api/verify").then().statusCode(200)
                .body("authentic", equalTo(true)).body("matchedBy", equalTo("PDF_SHA256"))
                .body("timestamp.present", equalTo(true))
                .body("timestamp.time", equalTo(stamped.toString()))
                .body("timestamp.authority", equalTo(authority))
                .body("timestamp.imprintMatches", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("sha256", EvidenceIT.sha256(pdf))).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(true))
                .body("timestamp.time", equalTo(stamped.toString())).body("timestamp.authority", equalTo(authority));
        given().contentType("application/pdf").body(Tampering.paddingByteChanged(pdf)).when().post("/api/verify")
                .then().statusCode(200).body("authentic", equalTo(false));

        JsonPath trail = EvidenceIT.trail(agreement, "maple-signer");
        assertThat(trail.getString("trail.find { it.type == 'SEALED' }.details"))
                .contains(EvidenceIT.sha256(pdf), "timestamped " + stamped, authority);
    }

    @Test
    void aSealWaitsForAnAuthorityThatIsAwayAndIsMadeOnceItIsBack() {
        LocalAuthority.stop();
        String agreement;
        try {
            agreement = EvidenceIT.executed();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                Map<String, Object> row = Rows.one("select status, last_error from sealed_document where agreement_id = ?::uuid",
                        UUID.fromString(agreement));
                assertThat(row.get("status")).isEqualTo("PENDING");
                assertThat(String.valueOf(row.get("last_error"))).contains("time-stamping authority");
            });
            given().header("Authorization", Tokens.bearer("maple-signer"))
                    .when().get("/api/agreements/" + agreement + "/document.pdf")
                    .then().statusCode(409).body("detail", containsString("being sealed"));
        } finally {
            LocalAuthority.restart();
        }
        byte[] pdf = EvidenceIT.pdfWhenReady(agreement, "maple-signer");
        given().contentType("application/pdf").body(pdf).when().post("/api/verify").then().statusCode(200)
                .body("authentic", equalTo(true)).body("timestamp.present", equalTo(true));
    }

    /** poppler's own check, when it is installed: the file validates and the signature covers all of it. */
    @Test
    void popplerValidatesTheTimestampedSeal() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        Assumptions.assumeTrue(Files.isExecutable(pdfsig), "pdfsig (poppler-utils) is not installed");
        Path file = Files.createTempFile("sealed", ".pdf");
        Files.write(file, EvidenceIT.pdfWhenReady(EvidenceIT.executed(), "maple-signer"));
        Process process = new ProcessBuilder(pdfsig.toString(), "-nocert", file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("ETSI.CAdES.detached", "Total document signed", "Signature is Valid");
    }
}
