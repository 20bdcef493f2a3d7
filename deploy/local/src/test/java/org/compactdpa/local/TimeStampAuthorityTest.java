package org.compactdpa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local TSA as a client meets it: real TimeStampReqs over HTTP to a server on a free loopback
 * port, and the replies checked the way a PDF validator would (signature, certificate chain, EKU).
 */
class TimeStampAuthorityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path dir;

    static TimeStampAuthority tsa;

    @BeforeAll
    static void start() {
        tsa = TimeStampAuthority.start(dir.resolve("tsa"), 0);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    @Test
    void grantsASignedTokenForTheRequestsImprintAndNonce() throws Exception {
        byte[] imprint = digest("SHA-256", "the sealed agreement");
        BigInteger nonce = new BigInteger(64, RANDOM);
        TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, imprint, nonce, true);
        Instant before = Instant.now().minusSeconds(2);

        HttpResponse<byte[]> http = post(request.getEncoded(), TimeStampAuthority.QUERY_TYPE);

        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.headers().firstValue("Content-Type")).hasValue(TimeStampAuthority.REPLY_TYPE);
        TimeStampResponse response = new TimeStampResponse(http.body());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request); // BouncyCastle's own check: imprint, nonce, signing-certificate attribute
        TimeStampToken token = response.getTimeStampToken();
        TimeStampTokenInfo info = token.getTimeStampInfo();
        assertThat(info.getMessageImprintAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(info.getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(info.getNonce()).isEqualTo(nonce);
        assertThat(info.getPolicy().getId()).isEqualTo(TimeStampResponder.POLICY_OID);
        assertThat(info.getAccuracy().getSeconds().intValueExact()).isEqualTo(1);
        assertThat(info.getSerialNumber()).isPositive();
        assertThat(info.getGenTime().toInstant()).isBetween(before, Instant.now().plusSeconds(2));

        // The token verifies against the TSA certificate (which also checks its EKU and validity at genTime) ...
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
        // ... and certReq brought that certificate along, so a verifier needs only the root.
        assertThat(token.getCertificates().getMatches(token.getSID()))
                .containsExactly(new X509CertificateHolder(tsa.certificate().getEncoded()));
    }

    @Test
    void theTsaCertificateChainsToTheRootAndIsForTimeStampingOnly() throws Exception {
        X509Certificate root = tsa.rootCertificate();
        X509Certificate certificate = tsa.certificate();

        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        root.verify(root.getPublicKey());
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false); // a local root publishes no revocation lists
        PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
        assertThat(result.getTrustAnchor().getTrustedCert()).isEqualTo(root);

        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.37");
    }

    @Test
    void servesTheRootCertificateAsPemAndKeepsItInTheDirectory() throws Exception {
        for (String path : List.of("/", "/root.pem")) {
            HttpResponse<byte[]> http = HTTP.send(HttpRequest.newBuilder(URI.create(tsa.url()).resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(http.statusCode()).isEqualTo(200);
            assertThat(parseCertificate(http.body())).isEqualTo(tsa.rootCertificate());
        }
        assertThat(tsa.rootCertificateFile()).isEqualTo(dir.resolve("tsa").resolve("tsa-root.pem"));
        assertThat(parseCertificate(Files.readAllBytes(tsa.rootCertificateFile()))).isEqualTo(tsa.rootCertificate());
        assertThat(Files.getPosixFilePermissions(dir.resolve("tsa").resolve(TsaKeys.KEYSTORE_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(tsa.rootCertificateFile())).contains(PosixFilePermission.OTHERS_READ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA-384", "SHA-512"})
    void acceptsLongerImprints(String algorithm) throws Exception {
        ASN1ObjectIdentifier oid = "SHA-384".equals(algorithm) ? NISTObjectIdentifiers.id_sha384 : NISTObjectIdentifiers.id_sha512;
        byte[] imprint = digest(algorithm, "a longer hash");
        TimeStampRequest request = request(oid, imprint, null, false);

        TimeStampResponse response = new TimeStampResponse(post(request.getEncoded(), TimeStampAuthority.QUERY_TYPE).body());

        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request);
        assertThat(response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(response.getTimeStampToken().getTimeStampInfo().getNonce()).isNull();
        // Without certReq the token carries no certificates (RFC 3161 2.4.1).
        assertThat(response.getTimeStampToken().getCertificates().getMatches(null)).isEmpty();
    }

    @Test
    void serialNumbersGrow() throws Exception {
        BigInteger previous = BigInteger.ZERO;
        for (int i = 0; i < 5; i++) {
            TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "n" + i), null, false);
            BigInteger serial = new TimeStampResponse(post(request.getEncoded(), TimeStampAuthority.QUERY_TYPE).body())
                    .getTimeStampToken().getTimeStampInfo().getSerialNumber();
            assertThat(serial).isGreaterThan(previous);
            assertThat(serial.bitLength()).isLessThanOrEqualTo(160);
            previous = serial;
        }
    }

    @Test
    void refusesWhatItCannotStampWithAnRfc3161Rejection() throws Exception {
        // SHA-1 is too weak for new timestamps.
        assertRejected(request(OIWObjectIdentifiers.idSHA1, digest("SHA-1", "old"), null, false), PKIFailureInfo.badAlg);
        // A SHA-256 imprint must be 32 bytes.
        assertRejected(request(NISTObjectIdentifiers.id_sha256, new byte[20], null, false), PKIFailureInfo.badDataFormat);
        // The token would claim a policy this TSA does not follow.
        TimeStampRequestGenerator foreignPolicy = new TimeStampRequestGenerator();
        foreignPolicy.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4.5"));
        assertRejected(foreignPolicy.generate(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "x")),
                PKIFailureInfo.unacceptedPolicy);
        // Extensions are not understood, so none is accepted.
        TimeStampRequestGenerator withExtension = new TimeStampRequestGenerator();
        withExtension.addExtension(new ASN1ObjectIdentifier("1.2.3.4.6"), false, new byte[] {5, 0});
        assertRejected(withExtension.generate(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "y")),
                PKIFailureInfo.unacceptedExtension);

        // Asking for our own policy is fine.
        TimeStampRequestGenerator ownPolicy = new TimeStampRequestGenerator();
        ownPolicy.setReqPolicy(new ASN1ObjectIdentifier(TimeStampResponder.POLICY_OID));
        TimeStampRequest request = ownPolicy.generate(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "z"));
        assertThat(new TimeStampResponse(post(request.getEncoded(), TimeStampAuthority.QUERY_TYPE).body()).getStatus())
                .isEqualTo(PKIStatus.GRANTED);
    }

    @Test
    void answersGarbageWith400AndKeepsServing() throws Exception {
        byte[] valid = request(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "doc"), null, false).getEncoded();
        byte[] trailing = new byte[valid.length + 1];
        System.arraycopy(valid, 0, trailing, 0, valid.length);
        List<byte[]> garbage = List.of("hello, TSA".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff},
                java.util.Arrays.copyOf(valid, valid.length - 3), trailing,
                new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
        for (byte[] body : garbage) {
            HttpResponse<byte[]> http = post(body, TimeStampAuthority.QUERY_TYPE);
            assertThat(http.statusCode()).isEqualTo(400);
            TimeStampResponse refusal = new TimeStampResponse(http.body());
            assertThat(refusal.getStatus()).isEqualTo(PKIStatus.REJECTION);
            assertThat(refusal.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
        }

        assertThat(post(valid, "text/plain").statusCode()).isEqualTo(415);
        assertThat(post(new byte[TimeStampAuthority.MAX_REQUEST_BYTES + 1], TimeStampAuthority.QUERY_TYPE).statusCode())
                .isEqualTo(413);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(tsa.url())).PUT(HttpRequest.BodyPublishers.ofByteArray(valid))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);

        HttpResponse<byte[]> after = post(valid, "Application/Timestamp-Query; charset=binary");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new TimeStampResponse(after.body()).getStatus()).isEqualTo(PKIStatus.GRANTED);
    }

    @Test
    void aSecondStartOnTheSameDirectoryReusesTheKey() throws Exception {
        try (TimeStampAuthority again = TimeStampAuthority.start(dir.resolve("tsa"), 0)) {
            assertThat(again.port()).isNotEqualTo(tsa.port());
            assertThat(again.certificate()).isEqualTo(tsa.certificate());
            assertThat(again.rootCertificate()).isEqualTo(tsa.rootCertificate());

            TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, digest("SHA-256", "again"), null, true);
            TimeStampToken token = new TimeStampResponse(
                    post(URI.create(again.url()), request.getEncoded(), TimeStampAuthority.QUERY_TYPE).body())
                    .getTimeStampToken();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
        }
    }

    @Test
    void twoProcessesStartingAtOnceEndUpWithOneKey() throws Exception {
        Path fresh = dir.resolve("race");
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Callable<TsaKeys> load = () -> TsaKeys.loadOrCreate(fresh);
            Future<TsaKeys> first = both.submit(load);
            Future<TsaKeys> second = both.submit(load);
            assertThat(first.get().certificate()).isEqualTo(second.get().certificate());
            assertThat(TsaKeys.loadOrCreate(fresh).certificate()).isEqualTo(first.get().certificate());
        } finally {
            both.shutdownNow();
        }
        try (var files = Files.list(fresh)) {
            // No temporary file is left behind by the process that lost.
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(TsaKeys.KEYSTORE_FILE, TsaKeys.ROOT_PEM_FILE);
        }
    }

    private static void assertRejected(TimeStampRequest request, int failInfo) throws Exception {
        HttpResponse<byte[]> http = post(request.getEncoded(), TimeStampAuthority.QUERY_TYPE);
        assertThat(http.statusCode()).isEqualTo(200);
        TimeStampResponse response = new TimeStampResponse(http.body());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(failInfo);
        assertThat(response.getTimeStampToken()).isNull();
    }

    private static TimeStampRequest request(ASN1ObjectIdentifier algorithm, byte[] imprint, BigInteger nonce,
            boolean certReq) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        return nonce == null ? generator.generate(algorithm, imprint) : generator.generate(algorithm, imprint, nonce);
    }

    private static byte[] digest(String algorithm, String text) throws Exception {
        return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> post(byte[] body, String contentType) throws Exception {
        return post(URI.create(tsa.url()), body, contentType);
    }

    private static HttpResponse<byte[]> post(URI url, byte[] body, String contentType) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static X509Certificate parseCertificate(byte[] pem) throws Exception {
        assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE-----");
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }
}
