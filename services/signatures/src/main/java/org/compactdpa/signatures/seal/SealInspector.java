package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.compactdpa.signatures.evidence.SealQueue;

/**
 * Checks the seal of an uploaded PDF: its last signature must be a CAdES-detached signature whose
 * byte range covers the whole file but the signature value, whose value is exactly the CMS and the
 * writer's zero padding ({@link SignatureBytes}), and whose CMS holds over those bytes with the
 * platform's certificate ({@link SealCms}). Also reads which agreement and document the file claims
 * to be, and the seal's timestamp.
 */
public final class SealInspector {

    /**
     * What a file shows. {@code intact}: its last seal holds (with the certificate it carries) over the
     * whole file, laid out byte for byte as sealed; {@code byPlatform}: that certificate is the
     * platform's current one; {@code cmsSha256}: the SHA-256 of the seal's CMS, to compare with the one
     * issued; {@code problem}: the first reason it is not an intact seal of this platform.
     */
    public record Inspection(boolean sealed, boolean byPlatform, boolean intact, String agreementId,
            String documentSha256, String cmsSha256, SealTimestamp timestamp, String problem) {

        /** A file with no seal of this platform to look at. */
        public static Inspection unsealed(String agreementId, String documentSha256, String problem) {
            return new Inspection(false, false, false, agreementId, documentSha256, null, null, problem);
        }
    }

    /** The upload is not a PDF that can be read. */
    public static class UnreadablePdf extends Exception {
        UnreadablePdf(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static final String NO_SEAL = "The file carries no seal of this platform: it is not an agreement issued here";

    private SealInspector() {
    }

    public static Inspection inspect(byte[] pdf, X509Certificate platform) throws UnreadablePdf {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            String agreementId = info.getCustomMetadataValue(AgreementPdf.INFO_AGREEMENT_ID);
            String documentSha256 = info.getCustomMetadataValue(AgreementPdf.INFO_DOCUMENT_SHA256);
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Inspection.unsealed(agreementId, documentSha256, NO_SEAL);
            }
            PDSignature seal = signatures.get(signatures.size() - 1);
            if (!PadesSeal.SUBFILTER.getName().equals(seal.getSubFilter())) {
                return new Inspection(true, false, false, agreementId, documentSha256, null, null,
                        "The file is signed, but not with this platform's kind of seal");
            }
            SignatureBytes.Layout layout = SignatureBytes.of(pdf, seal.getByteRange());
            if (layout.problem() != null) {
                return new Inspection(true, false, false, agreementId, documentSha256, null, null, layout.problem());
            }
            SealCms.Check cms = SealCms.check(layout.signedContent(), layout.cms(), platform);
            return new Inspection(true, cms.byPlatform(), cms.valid(), agreementId, documentSha256,
                    SealQueue.sha256(layout.cms()), cms.timestamp(), cms.problem());
        } catch (IOException e) {
            throw new UnreadablePdf("The upload is not a readable PDF: " + e.getMessage(), e);
        }
    }
}
