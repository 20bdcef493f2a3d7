package org.compactdpa.signatures.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
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
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with the platform's key: an incremental update adds a signature dictionary
 * (Adobe.PPKLite, ETSI.CAdES.detached) whose CMS SignedData covers the whole file except the
 * signature itself. Signed attributes follow PAdES baseline B: content type, message digest and
 * the signing certificate (v2), no CMS signing time (the time is the dictionary's /M). With RSA
 * PKCS#1 v1.5 and a fixed time the result is the same bytes for the same input.
 */
public final class PadesSeal {

    public static final COSName SUBFILTER = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int SIGNATURE_SPACE = 12_000;

    private PadesSeal() {
    }

    public static byte[] seal(byte[] unsigned, Instant signingTime, SealKey key) {
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            doc.setDocumentId(signingTime.toEpochMilli());
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUBFILTER);
            signature.setName("Compact platform");
            signature.setReason("Sealed record of an executed agreement");
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(time);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                doc.addSignature(signature, content -> cms(content, key), options);
                doc.saveIncremental(sealed);
            }
            return sealed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    private static byte[] cms(InputStream content, SealKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot build the CMS signature: " + e.getMessage(), e);
        }
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
