package org.compactdpa.signatures.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders the PDF of an executed agreement: the signed document, line for line, then a
 * certificate of completion. Only standard fonts are used (nothing to embed) and every value that
 * could vary between runs (document id, dates) is derived from the agreement, so the same input
 * always gives the same bytes.
 */
public final class AgreementPdf {

    public static final String INFO_AGREEMENT_ID = "CompactAgreementId";
    public static final String INFO_DOCUMENT_SHA256 = "CompactDocumentSha256";
    public static final String INFO_KIND = "CompactKind";

    private static final float MARGIN = 54;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final Map<Character, Character> encodable = new HashMap<>();

    private PDDocument document;
    private PDPageContentStream out;
    private float y;
    private int pageNumber;
    private SealInput input;

    /**
     * Loads what the standard fonts need once per process: their metrics and PDFBox's lookup of the
     * system's fonts, which takes most of a second the first time. A document's font objects then cost
     * microseconds, so each document makes its own (they are not safe to share between threads).
     */
    public static void loadFonts() {
        try {
            AgreementPdf pdf = new AgreementPdf();
            for (PDType1Font font : List.of(pdf.regular, pdf.bold, pdf.mono)) {
                font.getStringWidth("Compact");
            }
        } catch (IOException | RuntimeException e) {
            // Only a head start: the first document loads them otherwise.
            System.getLogger(AgreementPdf.class.getName()).log(System.Logger.Level.DEBUG, "Fonts not preloaded", e);
        }
    }

    /** The unsealed PDF. */
    public static byte[] render(SealInput input) {
        return new AgreementPdf().write(input);
    }

    private byte[] write(SealInput in) {
        this.input = in;
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            doc.setDocumentId(in.executedAt().toEpochMilli());
            info(doc);
            newPage();
            heading(("ADOPTION".equals(in.kind()) ? "Adoption of a general offer" : "Student data privacy agreement"));
            line(regular, "Agreement " + in.agreementId() + "  |  document SHA-256 " + in.documentHash());
            gap();
            for (String text : in.document().split("\n", -1)) {
                paragraph(text.isBlank() ? regular : isHeading(text) ? bold : regular, text);
            }
            certificate();
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF of agreement " + in.agreementId(), e);
        }
    }

    private void info(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Student data privacy agreement " + input.agreementId());
        info.setSubject(input.vendor() + " and " + input.district() + " (" + input.state() + ")");
        info.setProducer("Compact");
        info.setCreator("Compact signatures");
        Calendar executed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        executed.setTimeInMillis(input.executedAt().toEpochMilli());
        info.setCreationDate(executed);
        info.setModificationDate(executed);
        info.setCustomMetadataValue(INFO_AGREEMENT_ID, input.agreementId().toString());
        info.setCustomMetadataValue(INFO_DOCUMENT_SHA256, input.documentHash());
        info.setCustomMetadataValue(INFO_KIND, input.kind());
        // A fixed file identifier, so that saving twice does not give two different files.
        COSString id = new COSString(hexBytes(input.documentHash().substring(0, 32)));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private void certificate() throws IOException {
        out.close();
        newPage();
        heading("Certificate of completion");
        field("Agreement", input.agreementId() + " (" + input.kind().toLowerCase() + ")");
        if (input.originAgreementId() != null) {
            field("Adopts the general offer of", input.originAgreementId().toString());
        }
        field("Provider (vendor)", input.vendor() + " (" + input.vendorId() + ")");
        field("District", input.district() + " (" + input.districtId() + "), " + input.state());
        field("Executed", TIME.format(input.executedAt()));
        field("Effective", input.effectiveOn() + ", expires " + input.expiresOn());
        field("Terms SHA-256", input.termsHash());
        field("Document SHA-256", input.documentHash());
        gap();
        line(bold, "Signatures");
        for (SealInput.Signer s : input.signers()) {
            paragraph(regular, s.party() + ": " + nullable(s.name()) + " <" + nullable(s.email()) + ">, " + s.role());
            paragraph(regular, "    signed " + TIME.format(s.signedAt()) + " from IP " + nullable(s.ip()));
            paragraph(regular, "    user agent " + nullable(s.userAgent()));
            paragraph(regular, "    explicit intent; consent to electronic records " + s.consentVersion()
                    + "; document SHA-256 " + s.documentHash());
        }
        gap();
        line(bold, "Evidence trail");
        if (input.chainSeq() == null) {
            paragraph(regular, "Executed before the evidence trail was kept: no chain head to certify.");
        } else {
            paragraph(regular, "Head of the hash chain at execution: entry " + input.chainSeq() + ", SHA-256 "
                    + input.chainHead());
        }
        gap();
        paragraph(regular, "This file is sealed by the Compact platform with a PAdES signature. Any change to it "
                + "breaks the seal. Check it with POST /api/verify (upload the file, or send its SHA-256).");
    }

    private static boolean isHeading(String text) {
        String t = text.strip();
        return t.length() > 3 && t.equals(t.toUpperCase()) && t.chars().anyMatch(Character::isLetter);
    }

    private void heading(String text) throws IOException {
        write(bold, 14, text);
        y -= 8;
    }

    private void field(String label, String value) throws IOException {
        paragraph(regular, label + ": " + value);
    }

    private void gap() {
        y -= LEADING / 2;
    }

    private void line(PDType1Font font, String text) throws IOException {
        write(font, SIZE, text);
    }

    /** Wraps the text to the page width; long unbroken words (hashes) are cut. */
    private void paragraph(PDType1Font font, String text) throws IOException {
        String clean = sanitize(font, text.replace("\t", "    ").stripTrailing());
        if (clean.isEmpty()) {
            y -= LEADING;
            return;
        }
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        for (String part : wrap(font, clean, width)) {
            write(font, SIZE, part);
        }
    }

    private List<String> wrap(PDType1Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, candidate) <= width) {
                current = new StringBuilder(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            current = new StringBuilder(word);
            while (width(font, current.toString()) > width && current.length() > 1) {
                int cut = current.length() - 1;
                while (cut > 1 && width(font, current.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current = new StringBuilder(current.substring(cut));
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(PDType1Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    private void write(PDType1Font font, float size, String text) throws IOException {
        if (y < MARGIN + LEADING) {
            out.close();
            newPage();
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(MARGIN, y);
        out.showText(sanitize(font, text));
        out.endText();
        y -= size > SIZE ? size + 4 : LEADING;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pageNumber++;
        out.beginText();
        out.setFont(mono, 7);
        out.newLineAtOffset(MARGIN, MARGIN / 2);
        out.showText("Compact agreement " + input.agreementId() + "  |  page " + pageNumber + "  |  document SHA-256 "
                + input.documentHash());
        out.endText();
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    /** Replaces what the standard fonts cannot show (WinAnsi) instead of failing on it. */
    private String sanitize(PDType1Font font, String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            clean.append(encodable.computeIfAbsent(c, ch -> {
                if (ch < 0x20) {
                    return ' ';
                }
                try {
                    font.encode(String.valueOf(ch));
                    return ch;
                } catch (IOException | IllegalArgumentException e) {
                    return '?';
                }
            }));
        }
        return clean.toString();
    }

    private static String nullable(String value) {
        return value == null || value.isBlank() ? "(not recorded)" : value;
    }

    private static byte[] hexBytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
