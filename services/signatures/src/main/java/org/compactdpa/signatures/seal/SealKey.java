package org.compactdpa.signatures.seal;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.ContentSigner;

/**
 * The platform's sealing key and certificate, loaded (or generated) once at start, with the chain
 * the keystore holds for it (just the certificate when it is self-signed).
 */
@ApplicationScoped
@Startup
public class SealKey {

    static final String GENERATED_FILE = "seal.p12";
    static final String GENERATED_ALIAS = "compact-seal";
    static final String GENERATED_PASSWORD = "compact-local-seal";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;

    public SealKey(SealConfig config) {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        try {
            KeyStore store = load(config);
            String alias = config.keyAlias().orElseGet(() -> firstKeyAlias(store));
            char[] password = password(config);
            privateKey = (PrivateKey) store.getKey(alias, password);
            certificate = (X509Certificate) store.getCertificate(alias);
            if (privateKey == null || certificate == null) {
                throw new IllegalStateException("The seal keystore holds no private key and certificate under '" + alias + "'");
            }
            chain = chainOf(store.getCertificateChain(alias), certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the seal key: " + e.getMessage(), e);
        }
        Log.infof("Sealing with %s (serial %s, valid until %s)", certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant());
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The seal certificate first, then its issuers as far as the keystore knows them. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** Whether a CA issued the certificate: then a validator has a chain to follow. */
    public boolean caIssued() {
        return chain.size() > 1 || !certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal());
    }

    /** SHA-256 with whatever the key is: EC (what the platform generates, or a CA issues) or RSA. */
    ContentSigner contentSigner() throws OperatorCreationException {
        return SealSigner.of(privateKey);
    }

    /**
     * The longest signature value the key makes, in bytes. An RSA signature is as long as the modulus;
     * an ECDSA one is a DER sequence of two integers whose length depends on their leading bits (70 to
     * 72 bytes for P-256), so the room a seal reserves is measured for the longest.
     */
    int longestSignature() {
        if (privateKey instanceof ECKey ec) {
            int integer = (ec.getParams().getOrder().bitLength() + 7) / 8 + 1 + 2;
            int content = 2 * integer;
            return content + (content < 128 ? 2 : 3);
        }
        if (privateKey instanceof RSAKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        return 0;
    }

    private static List<X509Certificate> chainOf(Certificate[] stored, X509Certificate certificate) {
        if (stored == null || stored.length == 0) {
            return List.of(certificate);
        }
        return Arrays.stream(stored).map(X509Certificate.class::cast).toList();
    }

    private static char[] password(SealConfig config) {
        return config.keystorePassword().orElse(GENERATED_PASSWORD).toCharArray();
    }

    private static KeyStore load(SealConfig config) throws IOException, GeneralSecurityException {
        if (config.keystorePath().isPresent()) {
            return read(config.keystorePath().get(), password(config));
        }
        if (config.keyDir().isPresent()) {
            return loadOrGenerate(config.keyDir().get().resolve(GENERATED_FILE), password(config));
        }
        Log.warn("No seal key configured: sealing with a throw-away key that ends with this process");
        return generate(password(config));
    }

    /**
     * Reads the generated key, or generates it when there is none yet. Several instances may start
     * at once on one key directory: each writes its own temporary file, and the first to link it
     * into place wins; the others read the winner's key, so every instance seals with the same one.
     */
    private static KeyStore loadOrGenerate(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return read(file, password);
        }
        Files.createDirectories(file.getParent());
        KeyStore generated = generate(password);
        // A temporary file is created readable by its owner only.
        Path partial = Files.createTempFile(file.getParent(), GENERATED_FILE + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                generated.store(out, password);
                channel.force(true);
            }
            try {
                Files.createLink(file, partial);
            } catch (FileAlreadyExistsException e) {
                Log.infof("Another instance generated the seal key in %s first; using it", file);
                return read(file, password);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                // A file system without hard links: a plain rename, which cannot tell a racing instance.
                try {
                    Files.move(partial, file);
                } catch (FileAlreadyExistsException taken) {
                    return read(file, password);
                }
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        Log.warnf("Generated a self-signed seal key in %s; configure compact.seal.keystore-path in production", file);
        return generated;
    }

    private static KeyStore read(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static String firstKeyAlias(KeyStore store) {
        try {
            return Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new IllegalStateException("The seal keystore holds no private key"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A self-signed certificate for the platform's seal, on an EC P-256 key: a third of an RSA-3072
     * signature's cost per seal at a comparable strength (128 bits), accepted by PDF readers as PAdES
     * allows. Keys generated before (RSA-3072) are kept and go on working.
     */
    static KeyStore generate(char[] password) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Compact platform seal (self-signed), O=Compact");
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()).abs(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(SealSigner.of(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            return store;
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
