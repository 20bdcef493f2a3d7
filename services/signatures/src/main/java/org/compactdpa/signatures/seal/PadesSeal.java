package org.compactdpa.signatures.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Seals a PDF with the platform's key: an incremental update adds a signature dictionary
 * (Adobe.PPKLite, ETSI.CAdES.detached) whose CMS covers the whole file except the signature value
 * itself (see {@link CadesSignature}), with an RFC 3161 timestamp when an authority is configured
 * and, for a CA-issued key, a DSS holding the certificates a validator needs ({@link ValidationData}).
 *
 * <p>The space reserved for the signature value is what the CMS needs plus {@link #MARGIN} bytes,
 * measured by signing once into a scratch buffer first: the unused rest of the space is zero
 * padding outside what the signature covers, so it is kept small (and verification refuses a file
 * whose padding is anything but the zeros written here). Without a timestamp the CMS has the same
 * size for any content, so the same input still gives the same bytes.
 */
public final class PadesSeal {

    public static final COSName SUBFILTER = COSName.getPDFName("ETSI.CAdES.detached");

    /**
     * Room for what differs between the measuring signature and the real one: a timestamp token's
     * serial number and time, an ECDSA value's length, and the DER lengths around them.
     */
    static final int MARGIN = 128;

    /** A sealed file and what verification later compares it with. */
    public record Sealed(byte[] pdf, byte[] cms, SealTimestamp timestamp) {
    }

    private PadesSeal() {
    }

    /** Seals without a timestamp. */
    public static Sealed seal(byte[] unsigned, Instant signingTime, SealKey key) {
        return seal(unsigned, signingTime, key, TsaClient.NONE);
    }

    public static Sealed seal(byte[] unsigned, Instant signingTime, SealKey key, TsaClient tsa) {
        CadesSignature signer = new CadesSignature(key, tsa);
        CadesSignature.Signed measured = signer.sign(new byte[0]);
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            doc.setDocumentId(signingTime.toEpochMilli());
            if (key.caIssued()) {
                ValidationData.embed(doc, validationCertificates(key, measured));
            }
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (SignatureOptions options = new SignatureOptions()) {
                int space = measured.der().length + MARGIN;
                options.setPreferredSignatureSize(space);
                doc.addSignature(dictionary(signingTime), options);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(sealed);
                CadesSignature.Signed signed = signer.sign(external.getContent().readAllBytes());
                if (signed.der().length > space) {
                    throw new IllegalStateException("The signature (" + signed.der().length
                            + " bytes) outgrew the space measured for it (" + space + "); sealing again will measure anew");
                }
                external.setSignature(signed.der());
                return new Sealed(sealed.toByteArray(), signed.der(), signed.timestamp());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    private static PDSignature dictionary(Instant signingTime) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(SUBFILTER);
        signature.setName("Compact platform");
        signature.setReason("Sealed record of an executed agreement");
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(signingTime.toEpochMilli());
        signature.setSignDate(time);
        return signature;
    }

    /**
     * The seal's chain and the authority's certificates. The authority's come from the measuring
     * token: the real one is made after the signed bytes are fixed, and an authority keeps its
     * certificate between two calls a moment apart.
     */
    private static List<byte[]> validationCertificates(SealKey key, CadesSignature.Signed measured) throws IOException {
        List<byte[]> certificates = new ArrayList<>();
        try {
            for (X509Certificate certificate : key.chain()) {
                certificates.add(certificate.getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
        if (measured.token() != null) {
            for (X509CertificateHolder certificate : SealTimestamp.certificates(measured.token())) {
                certificates.add(certificate.getEncoded());
            }
        }
        return certificates;
    }
}
