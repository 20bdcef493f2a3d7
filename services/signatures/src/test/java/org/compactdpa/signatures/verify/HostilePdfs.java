package org.compactdpa.signatures.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Files made to hurt a PDF parser: each is small, and each would cost far more than its size to read naively. */
final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A catalog holding arrays nested {@code depth} deep. */
    static byte[] nested(int depth) {
        return ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(depth) + "]".repeat(depth)
                + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    /** {@code count} empty objects: a file of a few MiB can declare hundreds of thousands. */
    static byte[] manyObjects(int count) {
        StringBuilder body = new StringBuilder("%PDF-1.7\n");
        for (int i = 1; i <= count; i++) {
            body.append(i).append(" 0 obj\nnull\nendobj\n");
        }
        return ascii(body.append("trailer\n<< /Root 1 0 R >>\n%%EOF\n").toString());
    }

    /**
     * An object stream of about 2 MiB on disk that unpacks to 2 GiB, with a cross-reference stream that
     * places the file's /Info inside it: a parser that reads the file's information unpacks all of it
     * (PDFBox runs out of a 1 GiB heap on it).
     */
    static byte[] objectStreamBomb() {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(packed, new Deflater(9))) {
            zip.write(ascii("4 0 << /Title (x) >>"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 2048; i++) {
                zip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.7\n"));
        int catalog = pdf.size();
        pdf.writeBytes(ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
        int pages = pdf.size();
        pdf.writeBytes(ascii("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"));
        int stream = pdf.size();
        pdf.writeBytes(ascii("3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + packed.size()
                + " >>\nstream\n"));
        pdf.writeBytes(packed.toByteArray());
        pdf.writeBytes(ascii("\nendstream\nendobj\n"));
        int xref = pdf.size();
        // Rows of [type, offset or stream number, generation or index], widths 1, 4 and 2 bytes.
        int[][] rows = {{0, 0, 65535}, {1, catalog, 0}, {1, pages, 0}, {1, stream, 0}, {2, 3, 0}, {1, xref, 0}};
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        for (int[] row : rows) {
            table.write(row[0]);
            table.writeBytes(new byte[] {(byte) (row[1] >>> 24), (byte) (row[1] >>> 16), (byte) (row[1] >>> 8),
                (byte) row[1], (byte) (row[2] >>> 8), (byte) row[2]});
        }
        pdf.writeBytes(ascii("5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Info 4 0 R /Length "
                + table.size() + " >>\nstream\n"));
        pdf.writeBytes(table.toByteArray());
        pdf.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return pdf.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
