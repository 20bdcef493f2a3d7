package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the seal of an uploaded PDF: its last signature must be a CAdES-detached signature by the
 * platform's certificate, valid over a byte range that covers the whole file except the signature
 * value. Also reads which agreement and document the file claims to be.
 */
public final class SealInspector {

    /**
     * What a file shows. {@code intact}: its last seal is valid (with the certificate it carries) over
     * the whole file; {@code byPlatform}: that certificate is the platform's current one.
     */
    public record Inspection(boolean sealed, boolean byPlatform, boolean intact, String agreementId,
            String documentSha256, String problem) {
    }

    /** The upload is not a PDF that can be read. */
    public static class UnreadablePdf extends Exception {
        UnreadablePdf(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SealInspector() {
    }

    /** The signature value is zero-padded to its reserved space; only the CMS structure itself counts. */
    public static ContentInfo withoutPadding(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    public static Inspection inspect(byte[] pdf, X509Certificate platform) throws UnreadablePdf {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            String agreementId = info.getCustomMetadataValue(AgreementPdf.INFO_AGREEMENT_ID);
            String documentSha256 = info.getCustomMetadataValue(AgreementPdf.INFO_DOCUMENT_SHA256);
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Inspection(false, false, false, agreementId, documentSha256, "The file carries no seal");
            }
            PDSignature seal = signatures.get(signatures.size() - 1);
            return check(pdf, seal, platform, agreementId, documentSha256);
        } catch (IOException e) {
            throw new UnreadablePdf("The upload is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static Inspection check(byte[] pdf, PDSignature seal, X509Certificate platform, String agreementId,
            String documentSha256) throws IOException {
        if (!PadesSeal.SUBFILTER.getName().equals(seal.getSubFilter())) {
            return new Inspection(true, false, false, agreementId, documentSha256,
                    "The file is signed, but not with this platform's kind of seal");
        }
        int[] range = seal.getByteRange();
        boolean wholeFile = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(seal.getSignedContent(pdf)),
                    withoutPadding(seal.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Inspection(true, false, false, agreementId, documentSha256, "The seal names no certificate");
            }
            X509CertificateHolder certificate = (X509CertificateHolder) matches.iterator().next();
            boolean byPlatform = Arrays.equals(certificate.getEncoded(), platform.getEncoded());
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (CMSException e) {
                valid = false;
            }
            String problem = !valid ? "The seal is broken: the file was changed after it was sealed"
                    : !wholeFile ? "The seal does not cover the whole file: something was added after sealing"
                    : !byPlatform ? "The file is sealed by someone else, not by this platform" : null;
            return new Inspection(true, byPlatform, valid && wholeFile, agreementId, documentSha256, problem);
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                | RuntimeException e) {
            return new Inspection(true, false, false, agreementId, documentSha256,
                    "The seal is broken: the file was changed after it was sealed");
        }
    }
}
