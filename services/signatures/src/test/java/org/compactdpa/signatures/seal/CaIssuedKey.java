package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A seal key as a CA would issue it: a PKCS#12 holding the key, its certificate and the issuing
 * root, the shape a production keystore has (so the seal carries a chain and a DSS).
 */
final class CaIssuedKey {

    static final String PASSWORD = "ca-issued-test";
    static final String ROOT_NAME = "CN=Compact test seal CA, O=Compact tests";
    static final String SEAL_NAME = "CN=Compact test seal, O=Compact tests";

    private CaIssuedKey() {
    }

    /** Writes a new keystore into the directory and answers its path. */
    static Path write(Path dir) {
        try {
            KeyPair root = pair();
            KeyPair seal = pair();
            X509Certificate rootCertificate = certificate(ROOT_NAME, root, ROOT_NAME, root, true);
            X509Certificate sealCertificate = certificate(SEAL_NAME, seal, ROOT_NAME, root, false);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", seal.getPrivate(), PASSWORD.toCharArray(),
                    new Certificate[] {sealCertificate, rootCertificate});
            Files.createDirectories(dir);
            Path file = dir.resolve("ca-issued-seal.p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
            return file;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a CA-issued test key", e);
        }
    }

    private static KeyPair pair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
            boolean ca) throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject),
                subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                .addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                        : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
