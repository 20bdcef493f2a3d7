package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Ways to change a sealed PDF that leave its signature valid in a lenient checker: the signature
 * value's padding (outside the signed bytes) and what follows the file's end. Tests use them to show
 * verification is byte-exact.
 */
public final class Tampering {

    private Tampering() {
    }

    /** Where the signature value sits: from its '<' to just after its '>', as the byte range leaves it out. */
    public static int[] signatureGap(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int[] range = doc.getLastSignatureDictionary().getByteRange();
            return new int[] {range[1], range[2]};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many hex digits of zero padding follow the CMS in the signature value. */
    public static int paddingDigits(byte[] pdf) {
        int[] gap = signatureGap(pdf);
        int digits = 0;
        for (int i = gap[1] - 2; i > gap[0] && pdf[i] == '0'; i--) {
            digits++;
        }
        return digits;
    }

    /** The last padding digit turned from '0' into '1': one changed byte outside the signed range. */
    public static byte[] paddingByteChanged(byte[] pdf) {
        byte[] changed = pdf.clone();
        int last = signatureGap(pdf)[1] - 2;
        changed[last] = '1';
        return changed;
    }

    /** Text written into the padding as hex, the way a CMS-only checker never notices. */
    public static byte[] textHiddenInPadding(byte[] pdf, String text) {
        byte[] hex = HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        if (hex.length > paddingDigits(pdf)) {
            throw new IllegalArgumentException("The padding holds " + paddingDigits(pdf) + " digits, not " + hex.length);
        }
        byte[] changed = pdf.clone();
        int end = signatureGap(pdf)[1] - 1;
        System.arraycopy(hex, 0, changed, end - hex.length, hex.length);
        return changed;
    }

    public static byte[] appended(byte[] pdf, String text) {
        byte[] more = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] changed = Arrays.copyOf(pdf, pdf.length + more.length);
        System.arraycopy(more, 0, changed, pdf.length, more.length);
        return changed;
    }

    /** The same rendered document, sealed by a key that is not the platform's (a throw-away one). */
    public static byte[] resealedWithAnotherKey(byte[] pdf) {
        SealKey other = new SealKey(new TestSealConfig(Optional.empty()));
        return PadesSeal.seal(firstRevision(pdf), Instant.parse("2026-11-29T10:15:30Z"), other).pdf();
    }

    /** The file up to its first %%EOF: the rendered document before the seal's incremental update. */
    public static byte[] firstRevision(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("%%EOF") + "%%EOF".length();
        while (end < text.length() && (text.charAt(end) == '\r' || text.charAt(end) == '\n')) {
            end++;
        }
        return Arrays.copyOf(pdf, end);
    }
}
