package org.compactdpa.signatures.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Where a seal's signature sits in the file, checked byte for byte. A PAdES signature covers the
 * whole file except its own value, the hex string {@code <...>} of /Contents, whose reserved space
 * is larger than the value. Those unsigned bytes are the one place a file can change without
 * breaking the signature, so they must be exactly what the writer puts there: the DER of the CMS in
 * upper-case hex, then '0' digits to the end of the space. Anything else (a changed padding digit,
 * text hidden in the padding, a CMS re-encoded another way) and the file is not the one sealed.
 */
final class SignatureBytes {

    /** The bytes the signature covers and the CMS it carries; or why the file is not laid out as sealed. */
    record Layout(byte[] signedContent, byte[] cms, String problem) {

        static Layout refused(String problem) {
            return new Layout(null, null, problem);
        }
    }

    private SignatureBytes() {
    }

    static Layout of(byte[] pdf, int[] range) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return Layout.refused("The seal's byte range does not describe this file: it was not sealed as it is");
        }
        long covered = (long) range[2] + range[3];
        if (covered < pdf.length) {
            return Layout.refused((pdf.length - covered) + " bytes were added after the seal: it covers only the first "
                    + covered + " of this file's " + pdf.length + " bytes");
        }
        int start = range[1];
        int end = range[2];
        if (pdf[start] != '<' || pdf[end - 1] != '>' || (end - start) % 2 != 0) {
            return Layout.refused("The part of the file the seal leaves out is not its signature value alone");
        }
        String hex = new String(pdf, start + 1, end - start - 2, StandardCharsets.ISO_8859_1);
        byte[] value;
        try {
            value = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return Layout.refused("The part of the file the seal leaves out is not its signature value alone");
        }
        byte[] cms = firstDerObject(value);
        if (cms == null) {
            return Layout.refused("The seal's signature value is not a CMS structure as this platform writes it");
        }
        long strayBytes = countNonZero(value, cms.length);
        if (strayBytes > 0) {
            return Layout.refused("The signature field holds " + strayBytes + " byte(s) besides the seal: its padding"
                    + " was changed or something was hidden in it, so this is not the file as sealed");
        }
        String written = HexFormat.of().withUpperCase().formatHex(cms) + "0".repeat(hex.length() - 2 * cms.length);
        if (!written.equals(hex)) {
            return Layout.refused("The signature value is written differently than this platform writes it:"
                    + " the file was rewritten after it was sealed");
        }
        return new Layout(signedContent(pdf, range), cms, null);
    }

    /** The DER of the first ASN.1 object, or null unless the bytes start with one that is canonical DER. */
    private static byte[] firstDerObject(byte[] value) {
        try (ASN1InputStream in = new ASN1InputStream(value)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                return null;
            }
            byte[] der = object.getEncoded(ASN1Encoding.DER);
            return der.length <= value.length && Arrays.equals(der, 0, der.length, value, 0, der.length) ? der : null;
        } catch (IOException | RuntimeException e) {
            // BouncyCastle reports malformed encodings with assorted runtime exceptions; all mean "not a CMS".
            return null;
        }
    }

    private static long countNonZero(byte[] value, int from) {
        long count = 0;
        for (int i = from; i < value.length; i++) {
            if (value[i] != 0) {
                count++;
            }
        }
        return count;
    }

    private static byte[] signedContent(byte[] pdf, int[] range) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(range[1] + range[3]);
        signed.write(pdf, range[0], range[1]);
        signed.write(pdf, range[2], range[3]);
        return signed.toByteArray();
    }
}
