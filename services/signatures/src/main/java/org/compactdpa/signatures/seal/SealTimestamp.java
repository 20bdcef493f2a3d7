package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The RFC 3161 signature timestamp of a seal (unsigned attribute id-aa-signatureTimeStampToken):
 * when the authority saw the signature value, who the authority is (its certificate's subject),
 * whether the token's imprint is the hash of this seal's signature value, and whether the token's
 * own signature holds with the certificate it carries. Whether to trust that authority is the
 * reader's decision; the name is there to make it.
 */
public record SealTimestamp(Instant time, String authority, boolean imprintMatches, boolean valid) {

    /** The timestamp of the signer, or null when it carries none. */
    public static SealTimestamp of(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            return of(new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0))),
                    signer.getSignature());
        } catch (TSPException | IOException | RuntimeException e) {
            // Something sits where the token should be, but it is none: not a timestamp anyone can rely on.
            return new SealTimestamp(null, null, false, false);
        }
    }

    /** Reads a token against the signature value it should certify. */
    public static SealTimestamp of(TimeStampToken token, byte[] signatureValue) {
        X509CertificateHolder authority = authorityOf(token);
        return new SealTimestamp(token.getTimeStampInfo().getGenTime().toInstant(),
                authority == null ? nameIn(token) : authority.getSubject().toString(),
                imprintMatches(token, signatureValue), authority != null && validates(token, authority));
    }

    /** The certificates the token carries: the authority's, and what the authority added of its chain. */
    public static Collection<X509CertificateHolder> certificates(TimeStampToken token) {
        return token.getCertificates().getMatches(null);
    }

    private static X509CertificateHolder authorityOf(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static String nameIn(TimeStampToken token) {
        ASN1Encodable name = token.getTimeStampInfo().getTsa() == null ? null : token.getTimeStampInfo().getTsa().getName();
        return name == null ? "(the token names no authority)" : name.toString();
    }

    /** Hashed with the algorithm the token names, whichever the authority chose. */
    private static boolean imprintMatches(TimeStampToken token, byte[] signatureValue) {
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(token.getTimeStampInfo().getMessageImprintAlgOID()));
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signatureValue);
            }
            return MessageDigest.isEqual(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (OperatorCreationException | IOException e) {
            return false;
        }
    }

    /** The token's signature, the authority's time-stamping usage and its validity at the token's time. */
    private static boolean validates(TimeStampToken token, X509CertificateHolder authority) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
            return true;
        } catch (TSPException | OperatorCreationException | CertificateException e) {
            return false;
        }
    }
}
