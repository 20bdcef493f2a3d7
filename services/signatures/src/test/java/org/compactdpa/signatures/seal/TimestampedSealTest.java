package org.compactdpa.signatures.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.compactdpa.local.TimeStampAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals with an RFC 3161 timestamp from the local time-stamping authority (in this JVM, on a free
 * port): the token sits where PAdES B-T puts it, certifies this seal's signature value, carries the
 * time it was made, and reaches the DSS of a CA-issued seal; an authority that is away or silent
 * fails the seal within the configured time instead of holding it.
 */
class TimestampedSealTest {

    @TempDir
    static Path dir;
    static TimeStampAuthority authority;
    static SealKey key;

    @BeforeAll
    static void start() {
        authority = TimeStampAuthority.start(dir.resolve("tsa"), 0);
        key = new SealKey(TestSealConfig.keystore(CaIssuedKey.write(dir.resolve("key")), CaIssuedKey.PASSWORD));
    }

    @AfterAll
    static void stop() {
        authority.close();
    }

    static TsaClient client(String url, Duration timeout) {
        return TsaClient.of(Optional.of(URI.create(url)), timeout);
    }

    @Test
    void theSealCarriesATimestampOverItsSignatureValue() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        PadesSeal.Sealed sealed = PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()),
                SealedPdfTest.input().executedAt(), key, client(authority.url(), Duration.ofSeconds(10)));
        Instant after = Instant.now().plusSeconds(1);

        SignerInformation signer = signerOf(sealed.pdf());
        var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).as("id-aa-signatureTimeStampToken").isNotNull();
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isBetween(before, after);

        SealInspector.Inspection inspection = SealInspector.inspect(sealed.pdf(), key.certificate());
        assertThat(inspection.intact()).isTrue();
        assertThat(inspection.timestamp().imprintMatches()).isTrue();
        assertThat(inspection.timestamp().valid()).isTrue();
        assertThat(inspection.timestamp().authority())
                .isEqualTo(new X509CertificateHolder(authority.certificate().getEncoded()).getSubject().toString());
        assertThat(sealed.timestamp().time()).isEqualTo(inspection.timestamp().time());
        assertThat(ByteExactSealTest.dssCertificates(sealed.pdf())).extracting(c -> c.getSubject().toString())
                .contains(inspection.timestamp().authority());
        assertThat(Tampering.paddingDigits(sealed.pdf())).isBetween(1, 2 * PadesSeal.MARGIN + 64);
    }

    @Test
    void sealsThatShareTheirRoomAskTheAuthorityOnceEach() throws Exception {
        TsaClient counted = client(authority.url(), Duration.ofSeconds(10));
        SealSpace space = new SealSpace();
        byte[] unsigned = AgreementPdf.render(SealedPdfTest.input());
        Instant executed = SealedPdfTest.input().executedAt();
        PadesSeal.seal(unsigned, executed, key, counted, space);
        assertThat(counted.calls()).as("the first seal learns the token's room: two calls").isEqualTo(2);

        for (int i = 0; i < 3; i++) {
            PadesSeal.Sealed sealed = PadesSeal.seal(unsigned, executed, key, counted, space);
            SealInspector.Inspection inspection = SealInspector.inspect(sealed.pdf(), key.certificate());
            assertThat(inspection.intact()).isTrue();
            assertThat(inspection.timestamp().valid()).isTrue();
            assertThat(Tampering.paddingDigits(sealed.pdf())).isBetween(1, 2 * PadesSeal.MARGIN + 64);
            assertThat(ByteExactSealTest.dssCertificates(sealed.pdf())).extracting(c -> c.getSubject().toString())
                    .contains(inspection.timestamp().authority());
        }
        assertThat(counted.calls()).as("one call per seal afterwards").isEqualTo(5);
    }

    @Test
    void anAuthorityThatIsAwayFailsTheSealAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TsaClient away = client("http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(5));
        assertThatThrownBy(() -> PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()),
                SealedPdfTest.input().executedAt(), key, away))
                .isInstanceOf(TsaClient.Unavailable.class).hasMessageContaining("could not be reached");
    }

    @Test
    void anAuthorityThatNeverAnswersFailsTheSealWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            // Accepts the connection, reads nothing, answers nothing.
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception e) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            TsaClient silentClient = client("http://127.0.0.1:" + silent.getLocalPort() + "/", Duration.ofMillis(800));
            long start = System.nanoTime();
            assertThatThrownBy(() -> silentClient.stamp(new byte[] {1, 2, 3}))
                    .isInstanceOf(TsaClient.Unavailable.class).hasMessageContaining("did not answer within");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    static SignerInformation signerOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ASN1InputStream in = new ASN1InputStream(
                doc.getLastSignatureDictionary().getContents(pdf))) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }
}
