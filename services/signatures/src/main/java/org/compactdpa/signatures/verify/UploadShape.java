package org.compactdpa.signatures.verify;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/**
 * A first look at an uploaded file, in one pass over its bytes, before any PDF parser sees it.
 * Sealed PDFs of this platform are plain: classic cross-reference tables, no object streams, no
 * cross-reference streams, no encryption, a few hundred objects. The features they never use are
 * where a hostile file hides its cost (a compressed object stream of a few MiB can unpack to
 * gigabytes while the parser reads it), so a file using one is answered "not ours" without being
 * parsed at all; a file that is no complete PDF is refused, and so is one that declares more
 * objects than any agreement needs.
 */
final class UploadShape {

    /** Names (after #xx escapes are decoded, as a parser decodes them) that no sealed PDF of this platform contains. */
    private static final Set<String> NEVER_SEALED_HERE = Set.of("ObjStm", "XRef", "XRefStm", "Encrypt");
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Where readers look for the header (ISO 32000 readers tolerate a little before it). */
    private static final int HEADER_WITHIN = 1024;

    private UploadShape() {
    }

    /**
     * Empty when the file may be one of ours and is worth parsing; else why it cannot be one. Throws
     * 400 for a file that is no complete PDF and 422 for one with absurdly many objects.
     */
    static Optional<String> notSealedHere(byte[] pdf, int maxObjects) {
        if (indexOf(pdf, HEADER, 0, Math.min(pdf.length, HEADER_WITHIN)) < 0) {
            throw ProblemException.invalid("body", "The upload is not a PDF (no %PDF- header)");
        }
        if (indexOf(pdf, END, 0, pdf.length) < 0) {
            throw ProblemException.invalid("body", "The upload is not a complete PDF (no %%EOF): was it cut short?");
        }
        int objects = 0;
        String feature = null;
        for (int i = 0; i < pdf.length; i++) {
            if (pdf[i] == '/') {
                int end = nameEnd(pdf, i + 1);
                String name = decodedName(pdf, i + 1, end);
                if (feature == null && NEVER_SEALED_HERE.contains(name)) {
                    feature = name;
                }
                i = end - 1;
            } else if (isObjKeyword(pdf, i) && ++objects > maxObjects) {
                throw ProblemException.unprocessable("body", "The PDF declares more than " + maxObjects
                        + " objects: too complex to check here (a sealed agreement has a few hundred)");
            }
        }
        return Optional.ofNullable(feature).map(f -> "The file carries no seal of this platform as issued: it uses /" + f
                + ", which sealed PDFs of this platform never contain (it was not sealed here, or was rewritten since)");
    }

    /** "obj" as a keyword: after white space (so not "endobj"), before white space or a delimiter. */
    private static boolean isObjKeyword(byte[] pdf, int i) {
        return i > 0 && i + 3 <= pdf.length && pdf[i] == 'o' && pdf[i + 1] == 'b' && pdf[i + 2] == 'j'
                && isWhite(pdf[i - 1]) && (i + 3 == pdf.length || !isRegular(pdf[i + 3]));
    }

    private static int nameEnd(byte[] pdf, int from) {
        int i = from;
        while (i < pdf.length && isRegular(pdf[i])) {
            i++;
        }
        return i;
    }

    private static String decodedName(byte[] pdf, int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (pdf[i] == '#' && i + 2 < to && hex(pdf[i + 1]) >= 0 && hex(pdf[i + 2]) >= 0) {
                name.append((char) (hex(pdf[i + 1]) * 16 + hex(pdf[i + 2])));
                i += 2;
            } else {
                name.append((char) (pdf[i] & 0xff));
            }
        }
        return name.toString();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static boolean isWhite(byte b) {
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }

    private static boolean isRegular(byte b) {
        return !isWhite(b) && "()<>[]{}/%".indexOf(b) < 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
