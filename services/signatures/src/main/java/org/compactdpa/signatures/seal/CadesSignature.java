package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS SignedData of a seal (CAdES, detached): signed attributes as PAdES baseline B wants them
 * (content type, message digest, signing certificate v2, and no CMS signing time: the time is the
 * dictionary's /M), the key's certificate chain, and, with an authority, the signature timestamp as
 * an unsigned attribute (B-T). Without a timestamp the same content gives the same bytes (RSA
 * PKCS#1 v1.5 is deterministic, and EC keys sign with deterministic ECDSA: {@link SealSigner}).
 */
final class CadesSignature {

    /**
     * The DER of the CMS, its signer's signature value, the timestamp over it (null without an
     * authority), and how many bytes the timestamp added to the CMS (0 without one).
     */
    record Signed(byte[] der, byte[] signatureValue, TimeStampToken token, int tokenBytes) {

        SealTimestamp timestamp() {
            return token == null ? null : SealTimestamp.of(token, signatureValue);
        }
    }

    private final SealKey key;
    private final TsaClient tsa;

    CadesSignature(SealKey key, TsaClient tsa) {
        this.key = key;
        this.tsa = tsa;
    }

    Signed sign(byte[] content) {
        try {
            X509Certificate certificate = key.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(key.contentSigner(), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            if (!tsa.configured()) {
                return new Signed(signed.getEncoded(ASN1Encoding.DER), signer.getSignature(), null, 0);
            }
            return timestamped(signed, signer);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            // The key or its configuration is at fault, not the document: say so in the seal's last error.
            throw new IllegalStateException("Cannot build the CMS signature: " + e.getMessage(), e);
        }
    }

    /** The signer's signature value timestamped by the authority, added unsigned as RFC 3161 Appendix A says. */
    private Signed timestamped(CMSSignedData signed, SignerInformation signer) throws IOException {
        TimeStampToken token = tsa.stamp(signer.getSignature());
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        CMSSignedData withToken = CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        byte[] der = withToken.getEncoded(ASN1Encoding.DER);
        return new Signed(der, signer.getSignature(), token, der.length - signed.getEncoded(ASN1Encoding.DER).length);
    }

    /** The CMS over the content without asking the authority: what every seal of this key needs besides its token. */
    Signed signWithoutTimestamp(byte[] content) {
        return new CadesSignature(key, TsaClient.NONE).sign(content);
    }

    /** The bytes a signature of this key can need beyond this one's: none for RSA, up to two for ECDSA P-256. */
    int longerSignatureRoom(Signed signed) {
        return Math.max(0, key.longestSignature() - signed.signatureValue().length);
    }

    boolean timestamped() {
        return tsa.configured();
    }

    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certHash, issuerSerial));
        return parameters -> {
            Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
            attributes.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
            byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
            attributes.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString(digest))));
            attributes.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
            return new AttributeTable(attributes);
        };
    }
}
