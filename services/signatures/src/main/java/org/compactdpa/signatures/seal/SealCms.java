package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The CMS of a seal, checked over the bytes it should cover: one signer, whose signature holds with
 * the certificate the CMS names for it; whether that certificate is the platform's; and the
 * signature timestamp, the only unsigned attribute a seal of this platform carries.
 */
final class SealCms {

    /** {@code valid}: the signature (and its timestamp, if any) holds; {@code problem}: the first reason it is not ours as sealed. */
    record Check(boolean valid, boolean byPlatform, SealTimestamp timestamp, String problem) {
    }

    static final String CHANGED = "The seal is broken: the file was changed after it was sealed";

    private SealCms() {
    }

    static Check check(byte[] signedContent, byte[] cms, X509Certificate platform) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(cms));
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Check(false, false, null, "The seal holds " + signers.size() + " signatures; this platform's holds one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> named = data.getCertificates().getMatches(signer.getSID());
            if (named.isEmpty()) {
                return new Check(false, false, null, "The seal names no certificate");
            }
            X509CertificateHolder certificate = named.iterator().next();
            boolean byPlatform = Arrays.equals(certificate.getEncoded(), platform.getEncoded());
            if (!verifies(signer, certificate)) {
                return new Check(false, byPlatform, null, CHANGED);
            }
            return withTimestamp(signer, byPlatform);
        } catch (CMSException | IOException | CertificateEncodingException | RuntimeException e) {
            // A structure BouncyCastle cannot take apart is no seal anyone can rely on.
            return new Check(false, false, null, CHANGED);
        }
    }

    private static Check withTimestamp(SignerInformation signer, boolean byPlatform) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        if (unsigned != null && unsigned.size() > 0) {
            ASN1ObjectIdentifier only = PKCSObjectIdentifiers.id_aa_signatureTimeStampToken;
            if (unsigned.size() != 1 || unsigned.getAll(only).size() != 1
                    || unsigned.get(only).getAttrValues().size() != 1) {
                return new Check(false, byPlatform, null,
                        "The seal carries unsigned additions a seal of this platform never has");
            }
        }
        SealTimestamp timestamp = SealTimestamp.of(signer);
        if (timestamp != null && !timestamp.imprintMatches()) {
            return new Check(false, byPlatform, timestamp, "The seal's timestamp was made for another signature");
        }
        if (timestamp != null && !timestamp.valid()) {
            return new Check(false, byPlatform, timestamp, "The seal's timestamp does not validate");
        }
        return new Check(true, byPlatform, timestamp,
                byPlatform ? null : "The file is sealed by someone else, not by this platform");
    }

    private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            return false;
        }
    }
}
