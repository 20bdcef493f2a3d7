package org.compactdpa.signatures.verify;

import java.util.UUID;
import org.compactdpa.signatures.evidence.SealQueue;
import org.compactdpa.signatures.seal.SealInspector;

/**
 * Whether a file whose bytes are not on record carries the seal issued for the agreement it names.
 * The CMS recorded at sealing decides (it holds the digest of every signed byte, so a matching CMS
 * in a file laid out as sealed means the very file issued); a seal made before the CMS was recorded
 * is compared with its stored file, which this one, not being on record, cannot be.
 */
final class IssuedSeals {

    private IssuedSeals() {
    }

    /** Null when the file may be the one issued; else why it is not. */
    static String mismatch(SealQueue.IssuedSeal issued, SealInspector.Inspection inspection, UUID agreementId) {
        if (issued == null) {
            return null;
        }
        if (issued.cmsSha256() != null) {
            return issued.cmsSha256().equalsIgnoreCase(inspection.cmsSha256()) ? null
                    : "The file's seal is not the one issued for agreement " + agreementId
                            + ": the file was altered after sealing, or sealed again elsewhere";
        }
        if (issued.pdfSha256() != null) {
            return "The file is not the sealed PDF issued for agreement " + agreementId + " (that one's SHA-256 is "
                    + issued.pdfSha256() + ")";
        }
        return null;
    }
}
