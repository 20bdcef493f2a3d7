package org.compactdpa.signatures.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal leaves exactly one part of the file unsigned, its signature value; the inspector accepts
 * that part only as the writer wrote it, and the space reserved for it is only what the signature
 * needs plus a small margin.
 */
@Tag("fast")
class ByteExactSealTest {

    static SealKey key;
    static byte[] sealed;

    @BeforeAll
    static void seal() {
        key = new SealKey(new TestSealConfig(Optional.empty()));
        sealed = PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()), SealedPdfTest.input().executedAt(), key).pdf();
    }

    static SealInspector.Inspection inspect(byte[] pdf) throws Exception {
        return SealInspector.inspect(pdf, key.certificate());
    }

    @Test
    void theUnchangedFileIsIntactAndOurs() throws Exception {
        SealInspector.Inspection inspection = inspect(sealed);
        assertThat(inspection.intact()).isTrue();
        assertThat(inspection.byPlatform()).isTrue();
        assertThat(inspection.problem()).isNull();
        assertThat(inspection.cmsSha256()).hasSize(64);
        assertThat(inspection.timestamp()).as("no authority configured").isNull();
    }

    @Test
    void theReservedSpaceIsTheSignaturePlusTheMarginOnly() {
        int[] gap = Tampering.signatureGap(sealed);
        int hexDigits = gap[1] - gap[0] - 2;
        // The room is measured for the key's longest signature value: an ECDSA value may come out up to
        // two bytes shorter, and a last digit of the value that happens to be 0 reads as padding.
        int spare = key.longestSignature() - signatureValueLength(sealed);
        assertThat(spare).isBetween(0, 2);
        assertThat(Tampering.paddingDigits(sealed)).isBetween(2 * (PadesSeal.MARGIN + spare), 2 * (PadesSeal.MARGIN + spare) + 1);
        assertThat(hexDigits).isLessThan(2 * (4_000 + PadesSeal.MARGIN));
    }

    @Test
    void oneChangedPaddingByteIsNotTheSealedFile() throws Exception {
        SealInspector.Inspection inspection = inspect(Tampering.paddingByteChanged(sealed));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.problem()).contains("1 byte(s) besides the seal", "padding");
    }

    @Test
    void textHiddenInThePaddingIsNotTheSealedFile() throws Exception {
        SealInspector.Inspection inspection = inspect(Tampering.textHiddenInPadding(sealed, "Pay to account 12-345"));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.problem()).contains("something was hidden in it");
    }

    @Test
    void bytesAfterTheEndAreNotCoveredByTheSeal() throws Exception {
        SealInspector.Inspection inspection = inspect(Tampering.appended(sealed, "\n% a note added later\n"));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.problem()).contains("bytes were added after the seal");
    }

    @Test
    void aLowerCaseSignatureValueIsARewrittenFile() throws Exception {
        byte[] changed = sealed.clone();
        int[] gap = Tampering.signatureGap(sealed);
        for (int i = gap[0] + 1; i < gap[1] - 1; i++) {
            if (changed[i] >= 'A' && changed[i] <= 'F') {
                changed[i] = (byte) Character.toLowerCase(changed[i]);
                break;
            }
        }
        SealInspector.Inspection inspection = inspect(changed);
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.problem()).contains("written differently");
    }

    @Test
    void aCaIssuedKeyPutsItsChainInTheCmsAndInADocumentSecurityStore(@TempDir Path dir) throws Exception {
        SealKey issued = new SealKey(TestSealConfig.keystore(CaIssuedKey.write(dir), CaIssuedKey.PASSWORD));
        assertThat(issued.caIssued()).isTrue();
        byte[] pdf = PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()), SealedPdfTest.input().executedAt(), issued)
                .pdf();

        assertThat(SealInspector.inspect(pdf, issued.certificate()).intact()).isTrue();
        assertThat(dssCertificates(pdf)).extracting(c -> c.getSubject().toString())
                .containsExactly(CaIssuedKey.SEAL_NAME.replace(", ", ","), CaIssuedKey.ROOT_NAME.replace(", ", ","));
        // The same key and input without a timestamp: the same bytes, DSS included.
        assertThat(PadesSeal.seal(AgreementPdf.render(SealedPdfTest.input()), SealedPdfTest.input().executedAt(), issued)
                .pdf()).isEqualTo(pdf);
        assertThat(dssCertificates(sealed)).as("a self-signed key has no chain to record").isEmpty();
    }

    /** The length of the signature value in the seal's CMS. */
    static int signatureValueLength(byte[] pdf) {
        int[] gap = Tampering.signatureGap(pdf);
        String hex = new String(pdf, gap[0] + 1, gap[1] - gap[0] - 2, java.nio.charset.StandardCharsets.US_ASCII);
        // The CMS is followed by its zero padding: read the one DER object it starts with.
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(java.util.HexFormat.of().parseHex(
                hex.length() % 2 == 0 ? hex : hex + "0"))) {
            var cms = new org.bouncycastle.cms.CMSSignedData(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
            return cms.getSignerInfos().getSigners().iterator().next().getSignature().length;
        } catch (IOException | org.bouncycastle.cms.CMSException e) {
            throw new AssertionError(e);
        }
    }

    /** The certificates in the document security store of the file's last revision. */
    static List<X509CertificateHolder> dssCertificates(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(ValidationData.DSS);
            if (dss == null) {
                return List.of();
            }
            COSArray certs = dss.getCOSArray(ValidationData.CERTS);
            List<X509CertificateHolder> found = new ArrayList<>();
            for (int i = 0; i < certs.size(); i++) {
                COSStream stream = (COSStream) certs.getObject(i);
                ByteArrayOutputStream der = new ByteArrayOutputStream();
                try (var in = stream.createInputStream()) {
                    in.transferTo(der);
                }
                found.add(new X509CertificateHolder(der.toByteArray()));
            }
            return found;
        }
    }
}
