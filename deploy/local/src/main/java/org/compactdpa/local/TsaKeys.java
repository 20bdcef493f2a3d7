package org.compactdpa.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local time-stamping authority's key and certificates: a self-signed root CA and a TSA
 * certificate issued by it, generated once into a directory and reused on every later start.
 *
 * <p>Layout of the directory:
 * <ul>
 *   <li>{@value #KEYSTORE_FILE}: PKCS#12 with the TSA's private key and the chain [TSA, root], password
 *       {@value #KEYSTORE_PASSWORD}. The password protects nothing (it is in the source); the file is
 *       made readable by its owner only, which is what keeps the key to this machine's user.</li>
 *   <li>{@value #ROOT_PEM_FILE}: the root certificate, for operators and verifiers to trust.</li>
 * </ul>
 * The root's private key is thrown away as soon as it has issued the TSA certificate: nothing else can
 * ever chain to this root, so trusting it means trusting exactly this TSA. Both certificates outlive any
 * local stack (root 20 years, TSA 10 years); delete the directory to start over with new ones.
 *
 * <p>EC P-256 with SHA-256, like the seal key the signatures service generates: PDF verifiers that accept
 * the seal accept the timestamp, and each token costs the shared cores a third of an RSA-3072 signature.
 * Key material generated before (RSA-3072) is read and used as it is.
 */
public record TsaKeys(PrivateKey privateKey, X509Certificate certificate, X509Certificate rootCertificate) {

    public static final String KEYSTORE_FILE = "tsa.p12";
    public static final String ROOT_PEM_FILE = "tsa-root.pem";
    static final String KEYSTORE_PASSWORD = "compact-local-tsa";
    static final String ALIAS = "tsa";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Loads the key material from dir, or generates it there first if there is none yet. */
    public static TsaKeys loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keystore = dir.resolve(KEYSTORE_FILE);
            if (!Files.exists(keystore)) {
                publish(generate(), keystore);
            }
            TsaKeys keys = load(keystore);
            writeRootPem(dir.resolve(ROOT_PEM_FILE), keys.rootCertificate());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the time-stamping key in " + dir, e);
        }
    }

    /** A certificate as PEM text, the form operators and most verifiers take. */
    public static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode " + certificate.getSubjectX500Principal(), e);
        }
    }

    static TsaKeys load(Path keystore) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, KEYSTORE_PASSWORD.toCharArray());
            Certificate[] chain = store.getCertificateChain(ALIAS);
            if (key == null || chain == null || chain.length != 2) {
                throw new IllegalStateException(keystore + " does not hold the key and [TSA, root] chain under alias "
                        + ALIAS + "; delete its directory to have a new one generated");
            }
            return new TsaKeys(key, (X509Certificate) chain[0], (X509Certificate) chain[1]);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + keystore
                    + "; delete its directory to have a new one generated", e);
        }
    }

    /** A fresh root and TSA certificate, as a PKCS#12 file's bytes. */
    private static byte[] generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair rootPair = generator.generateKeyPair();
            KeyPair tsaPair = generator.generateKeyPair();
            // Valid from an hour back so a verifier whose clock lags a little still accepts fresh tokens.
            Instant from = Instant.now().minus(Duration.ofHours(1));
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

            X500Name rootName = new X500Name("CN=Compact local TSA root CA, O=Compact local stack");
            X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(from),
                    Date.from(from.plus(Duration.ofDays(20 * 365))), rootName, rootPair.getPublic())
                    // pathLen 0: this root issues the TSA certificate and no intermediate CAs.
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(rootPair.getPublic()));
            X509Certificate rootCertificate = sign(root, rootPair.getPrivate());

            X500Name tsaName = new X500Name("CN=Compact local TSA, O=Compact local stack");
            X509v3CertificateBuilder tsa = new JcaX509v3CertificateBuilder(rootCertificate, serial(), Date.from(from),
                    Date.from(from.plus(Duration.ofDays(10 * 365))), tsaName, tsaPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    // RFC 3161 2.3: exactly one purpose, id-kp-timeStamping, and the extension critical.
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(tsaPair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(rootCertificate));
            X509Certificate tsaCertificate = sign(tsa, rootPair.getPrivate());

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, tsaPair.getPrivate(), KEYSTORE_PASSWORD.toCharArray(),
                    new Certificate[] {tsaCertificate, rootCertificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, KEYSTORE_PASSWORD.toCharArray());
            return bytes.toByteArray();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate the local time-stamping key", e);
        }
    }

    /** SHA-256 with whichever key the directory holds: EC now, RSA if it was made before. */
    static String signatureAlgorithm(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm(issuerKey)).build(issuerKey)));
    }

    /** Random, positive, 127 bits: unique without keeping a counter, and within the 20 octets RFC 5280 allows. */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(126);
    }

    /**
     * Puts the keystore in place so that two processes starting at once (the stack and a test, say)
     * end up with one key: each writes its own temporary file, and only the first one to be linked
     * under the final name counts; the other discards its own and loads the winner's.
     */
    private static void publish(byte[] keystoreBytes, Path keystore) throws IOException {
        Path dir = keystore.getParent();
        Path temporary = Files.createTempFile(dir, "tsa-", ".p12.tmp");
        try {
            setPermissions(temporary, "rw-------");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(keystoreBytes);
            }
            try {
                // A hard link fails when the name exists, and the file behind it is already complete.
                Files.createLink(keystore, temporary);
            } catch (FileAlreadyExistsException lostTheRace) {
                // Another process generated the key first: use that one.
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                // A file system without hard links: a move that refuses to replace is nearly as good.
                try {
                    Files.move(temporary, keystore);
                } catch (FileAlreadyExistsException lostTheRace) {
                    // as above
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** (Re)writes the root certificate's PEM when it is missing or stale, atomically so readers never see half. */
    private static void writeRootPem(Path pemFile, X509Certificate root) throws IOException {
        byte[] pem = pem(root).getBytes(StandardCharsets.US_ASCII);
        if (Files.exists(pemFile) && Arrays.equals(Files.readAllBytes(pemFile), pem)) {
            return;
        }
        Path temporary = Files.createTempFile(pemFile.getParent(), "tsa-root-", ".pem.tmp");
        try {
            Files.write(temporary, pem);
            // Temporary files start out private; a certificate is public and meant for verifiers to read.
            setPermissions(temporary, "rw-r--r--");
            try {
                Files.move(temporary, pemFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, pemFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void setPermissions(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: files inherit the directory's access rules, which is what we would set anyway.
        }
    }

    /** Names the certificates only: a record's default toString would reach the private key. */
    @Override
    public String toString() {
        return "TsaKeys[" + certificate.getSubjectX500Principal() + " issued by "
                + rootCertificate.getSubjectX500Principal() + "]";
    }
}
