package org.compactdpa.signatures.seal;

import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs a seal's CMS with the seal key. An EC key signs with deterministic ECDSA (RFC 6979): the
 * nonce comes from the key and the message, so the same key and input still seal to the same bytes,
 * as they do with RSA, and a weak random source can never reveal the key. Verifiers see ordinary
 * ECDSA with SHA-256; the two cannot be told apart from the outside.
 */
final class SealSigner {

    private static final AlgorithmIdentifier ECDSA_SHA256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

    private SealSigner() {
    }

    static ContentSigner of(PrivateKey key) throws OperatorCreationException {
        if (!"EC".equals(key.getAlgorithm())) {
            return new JcaContentSignerBuilder("SHA256withRSA").build(key);
        }
        try {
            Signature signature = Signature.getInstance("SHA256withECDDSA", BouncyCastleProvider.PROVIDER_NAME);
            signature.initSign(key);
            return new Deterministic(signature);
        } catch (GeneralSecurityException e) {
            throw new OperatorCreationException("deterministic ECDSA is not available: " + e.getMessage(), e);
        }
    }

    private static final class Deterministic implements ContentSigner {

        private final Signature signature;
        private final OutputStream stream;

        Deterministic(Signature signature) {
            this.signature = signature;
            this.stream = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    try {
                        signature.update(bytes, offset, length);
                    } catch (SignatureException e) {
                        throw new RuntimeOperatorException(e.getMessage(), e);
                    }
                }
            };
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return ECDSA_SHA256;
        }

        @Override
        public OutputStream getOutputStream() {
            return stream;
        }

        @Override
        public byte[] getSignature() {
            try {
                return signature.sign();
            } catch (SignatureException e) {
                throw new RuntimeOperatorException(e.getMessage(), e);
            }
        }
    }
}
