package org.compactdpa.signatures.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The first look at an upload, before any parser: complete, not absurdly large, shaped like our seals. */
@Tag("fast")
class UploadShapeTest {

    static byte[] pdf(String body) {
        return ("%PDF-1.7\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPlainPdfIsWorthParsing() {
        assertThat(UploadShape.notSealedHere(pdf("1 0 obj\n<< /Type /Catalog >>\nendobj"), 10)).isEmpty();
    }

    @Test
    void objectStreamsCrossReferenceStreamsAndEncryptionAreNeverOurs() {
        assertThat(UploadShape.notSealedHere(pdf("3 0 obj << /Type /ObjStm /N 1 >> endobj"), 10)).get()
                .asString().contains("/ObjStm");
        assertThat(UploadShape.notSealedHere(pdf("5 0 obj << /Type /XRef >> endobj"), 10)).get()
                .asString().contains("/XRef");
        assertThat(UploadShape.notSealedHere(pdf("trailer << /Encrypt 9 0 R >>"), 10)).get()
                .asString().contains("/Encrypt");
    }

    @Test
    void escapedNamesAreReadAsAParserReadsThem() {
        assertThat(UploadShape.notSealedHere(pdf("3 0 obj << /Type /Obj#53tm >> endobj"), 10)).get()
                .asString().contains("/ObjStm");
        assertThat(UploadShape.notSealedHere(pdf("1 0 obj << /XObject 2 0 R /XRefs 1 >> endobj"), 10)).isEmpty();
    }

    @Test
    void aFileWithoutHeaderOrEndIsNoCompletePdf() {
        assertThatThrownBy(() -> UploadShape.notSealedHere("not a pdf".getBytes(StandardCharsets.US_ASCII), 10))
                .isInstanceOf(ProblemException.class).hasMessageContaining("%PDF-")
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> UploadShape.notSealedHere("%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(
                StandardCharsets.US_ASCII), 10)).isInstanceOf(ProblemException.class).hasMessageContaining("cut short");
    }

    @Test
    void tooManyObjectsIsTooComplexToCheck() {
        String objects = "1 0 obj << >> endobj\n".repeat(11);
        assertThat(UploadShape.notSealedHere(pdf(objects), 11)).isEmpty();
        assertThatThrownBy(() -> UploadShape.notSealedHere(pdf(objects + "12 0 obj << >> endobj"), 11))
                .isInstanceOf(ProblemException.class).hasMessageContaining("more than 11 objects")
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
    }
}
