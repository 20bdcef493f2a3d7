package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The document security store (ISO 32000-2 12.8.4.3, PAdES B-LT): the certificates a validator
 * needs to follow the seal's chain and the timestamp authority's, kept in the file so it still
 * validates when those are no longer served anywhere. Revocation data (CRLs, OCSP answers) would
 * belong here too; the platform has no source for them, so the store holds certificates only.
 *
 * <p>It is written into the same incremental update as the signature, before signing, so the
 * signature covers it and the file keeps ending where the signature's byte range ends.
 */
final class ValidationData {

    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");

    private ValidationData() {
    }

    /** Adds a DSS with these DER certificates (duplicates once) to the document's catalog. */
    static void embed(PDDocument document, List<byte[]> certificates) throws IOException {
        // A ByteBuffer compares by content: the chain and the authority may share a root.
        Set<ByteBuffer> distinct = new LinkedHashSet<>();
        certificates.forEach(c -> distinct.add(ByteBuffer.wrap(c)));
        COSArray certs = new COSArray();
        for (ByteBuffer der : distinct) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(der.array());
            }
            certs.add(stream);
        }
        COSDictionary dss = new COSDictionary();
        dss.setItem(CERTS, certs);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(DSS, dss);
        // An incremental update writes only what is marked changed; the new objects hang off the catalog.
        catalog.setNeedToBeUpdated(true);
    }
}
