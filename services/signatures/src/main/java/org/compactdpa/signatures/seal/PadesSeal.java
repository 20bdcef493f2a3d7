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

/**
 * Seals a PDF with the platform's key: an incremental update adds a signature dictionary
 * (Adobe.PPKLite, ETSI.CAdES.detached) whose CMS covers the whole file except the signature value
 * itself (see {@link CadesSignature}), with an RFC 3161 timestamp when an authority is configured
 * and, for a CA-issued key, a DSS holding the certificates a validator needs ({@link ValidationData}).
 *
 * <p>The space reserved for the signature value is what the CMS needs plus {@link #MARGIN} bytes,
 * measured rather than guessed ({@link SealSpace}: the CMS of this key without a timestamp, measured
 * once, plus the size of the authority's last token): the unused rest of the space is zero padding
 * outside what the signature covers, so it is kept small (and verification refuses a file whose
 * padding is anything but the zeros written here). Without a timestamp the CMS has the same size for
 * any content, so the same input still gives the same bytes.
 */
public final class PadesSeal {

    public static final COSName SUBFILTER = COSName.getPDFName("ETSI.CAdES.detached");

    /**
     * Room for what differs between the token the room was learned from and this seal's: a timestamp
     * token's serial number and time, an ECDSA value's length, and the DER lengths around them.
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

    /** Seals on its own: the room is measured for this seal alone (with an authority, that asks it twice). */
    public static Sealed seal(byte[] unsigned, Instant signingTime, SealKey key, TsaClient tsa) {
        return seal(unsigned, signingTime, key, tsa, new SealSpace());
    }

    /** Seals with the room learned by earlier seals: with an authority, one call to it (see {@link SealSpace}). */
    public static Sealed seal(byte[] unsigned, Instant signingTime, SealKey key, TsaClient tsa, SealSpace space) {
        CadesSignature signer = new CadesSignature(key, tsa);
        Attempt first = attempt(unsigned, signingTime, key, signer, space);
        if (first.fits()) {
            return first.sealed();
        }
        // The token outgrew the room, or came with other certificates than the DSS holds: seal again with
        // what it showed. A second misfit means the authority answers unlike itself from call to call.
        Attempt second = attempt(unsigned, signingTime, key, signer, space);
        if (!second.fits()) {
            throw new IllegalStateException("The signature (" + second.sealed().cms().length
                    + " bytes) outgrew the space measured for it twice; sealing again will measure anew");
        }
        return second.sealed();
    }

    private record Attempt(Sealed sealed, boolean fits) {
    }

    private static Attempt attempt(byte[] unsigned, Instant signingTime, SealKey key, CadesSignature signer,
            SealSpace space) {
        SealSpace.Layout layout = space.layout(signer);
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            doc.setDocumentId(signingTime.toEpochMilli());
            if (key.caIssued()) {
                ValidationData.embed(doc, validationCertificates(key, layout));
            }
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(layout.bytes());
                doc.addSignature(dictionary(signingTime), options);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(sealed);
                CadesSignature.Signed signed = signer.sign(external.getContent().readAllBytes());
                if (!space.learn(signed, layout, key.caIssued())) {
                    return new Attempt(new Sealed(null, signed.der(), null), false);
                }
                external.setSignature(signed.der());
                return new Attempt(new Sealed(sealed.toByteArray(), signed.der(), signed.timestamp()), true);
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

    /** The seal's chain and the authority's certificates, as the token the room was learned from carried them. */
    private static List<byte[]> validationCertificates(SealKey key, SealSpace.Layout layout) throws IOException {
        List<byte[]> certificates = new ArrayList<>();
        try {
            for (X509Certificate certificate : key.chain()) {
                certificates.add(certificate.getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
        certificates.addAll(SealSpace.encoded(layout.authorityCertificates()));
        return certificates;
    }
}
