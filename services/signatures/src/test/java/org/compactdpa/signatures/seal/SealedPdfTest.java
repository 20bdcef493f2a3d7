package org.compactdpa.signatures.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sealed PDF checked with PDFBox and BouncyCastle directly, independent of the service's own inspector. */
@Tag("fast")
class SealedPdfTest {

    static SealKey key;
    static SealConfig config;

    @BeforeAll
    static void key() {
        config = new TestSealConfig(Optional.empty());
        key = new SealKey(config);
    }

    static SealInput input() {
        Instant executed = Instant.parse("2026-11-29T10:15:30.123Z");
        return new SealInput(UUID.fromString("6f1d3c1e-0000-4000-8000-000000000001"), "ORIGINAL", null,
                "Brightpath Learning, Inc.", UUID.fromString("6f1d3c1e-0000-4000-8000-000000000002"), "Maple Valley Public Schools \u2014 \u00c9cole",
                UUID.fromString("6f1d3c1e-0000-4000-8000-000000000003"), "MA", "ab".repeat(32),
                "STUDENT DATA PRIVACY AGREEMENT\n\nArticle V \u201cBreach\u201d: within 72 hours \u2713.\n\n"
                        + "EXHIBIT A: SERVICES AND EXHIBIT B: SCHEDULE OF DATA\n- Brightpath Reader: ASSESSMENT, STUDENT_NAME\n"
                        + "x".repeat(300) + "\n",
                "cd".repeat(32), LocalDate.of(2026, 11, 29), LocalDate.of(2029, 11, 29), executed,
                List.of(new SealInput.Signer("VENDOR", "Bea Signer", "bea@b.example.com", "vendor-signer",
                        executed.minusSeconds(60), "10.0.0.1", "compact-tests", "2026-11-esign-1", "cd".repeat(32))),
                3, "ef".repeat(32));
    }

    static byte[] sealed() {
        return PadesSeal.seal(AgreementPdf.render(input()), input().executedAt(), key).pdf();
    }

    /** Verifies like any PAdES reader would: byte range over the whole file, CMS over those bytes. */
    static boolean validates(byte[] pdf, int[] byteRange, byte[] contents) throws Exception {
        assertThat(byteRange[0]).isZero();
        assertThat((long) byteRange[2] + byteRange[3]).isEqualTo(pdf.length);
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write(pdf, byteRange[0], byteRange[1]);
        signed.write(pdf, byteRange[2], byteRange[3]);
        ContentInfo structure;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            structure = ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), structure);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        assertThat(certificate.getEncoded()).isEqualTo(key.certificate().getEncoded());
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
            return false;
        }
    }

    @Test
    void theSealValidatesWithPdfBoxAndBouncyCastle() throws Exception {
        byte[] pdf = sealed();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(validates(pdf, signature.getByteRange(), signature.getContents(pdf))).isTrue();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Certificate of completion", "Brightpath Reader: ASSESSMENT, STUDENT_NAME",
                    "Bea Signer", "10.0.0.1", "cd".repeat(32), "ef".repeat(32), "\u00c9cole");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue(AgreementPdf.INFO_DOCUMENT_SHA256))
                    .isEqualTo("cd".repeat(32));
        }
        assertThat(SealInspector.inspect(pdf, key.certificate()).intact()).isTrue();
    }

    @Test
    void oneChangedByteBreaksTheSeal() throws Exception {
        byte[] pdf = sealed();
        int[] range;
        byte[] contents;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            range = doc.getLastSignatureDictionary().getByteRange();
            contents = doc.getLastSignatureDictionary().getContents(pdf);
        }
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("(Compact signatures)") + 1;
        assertThat(at).isPositive().isLessThan(range[1]);
        byte[] changed = pdf.clone();
        changed[at] = (byte) 'c';

        assertThat(validates(changed, range, contents)).isFalse();
        SealInspector.Inspection inspection = SealInspector.inspect(changed, key.certificate());
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.problem()).contains("changed after it was sealed");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        byte[] first = sealed();
        byte[] second = sealed();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void aForeignPdfCarriesNoSealOfThisPlatform() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        SealInspector.Inspection inspection = SealInspector.inspect(out.toByteArray(), key.certificate());
        assertThat(inspection.sealed()).isFalse();
        assertThat(inspection.intact()).isFalse();
    }

    @Test
    void aPdfSealedWithAnotherKeyIsIntactButNotOurs() throws Exception {
        SealKey other = new SealKey(config);
        byte[] pdf = PadesSeal.seal(AgreementPdf.render(input()), input().executedAt(), other).pdf();
        SealInspector.Inspection inspection = SealInspector.inspect(pdf, key.certificate());
        assertThat(inspection.intact()).isTrue();
        assertThat(inspection.byPlatform()).isFalse();
        assertThat(inspection.problem()).contains("someone else");
    }

    @Test
    void aGeneratedKeyIsAPkcs12WithOneKeyEntry() throws Exception {
        KeyStore store = SealKey.generate("pw".toCharArray());
        assertThat(store.isKeyEntry(SealKey.GENERATED_ALIAS)).isTrue();
    }
}
