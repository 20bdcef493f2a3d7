package org.compactdpa.signatures.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class AgreementDocumentTest {

    static final String TERMS = "Sample DPA (version 1)\n\nV.4 Breach notification\nWithin 72 hours.\n";
    static final String TERMS_HASH = "ab".repeat(32);

    static String render(List<AgreementDocument.Product> products, boolean offer) {
        return AgreementDocument.agreement(TERMS, TERMS_HASH, "Brightpath Learning, Inc.", "Escuela Pública de Peña",
                "MA", products, offer);
    }

    static List<AgreementDocument.Product> reader(String... elements) {
        // A fresh, mutable list each time: the rendering must depend on the values, not on the instances.
        return new ArrayList<>(List.of(new AgreementDocument.Product("Brightpath Reader", new ArrayList<>(List.of(elements)))));
    }

    static String sha256Of(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameInputsRenderTheSameTextAndHash() {
        String first = render(reader("ASSESSMENT", "STUDENT_NAME"), true);
        String second = render(reader("ASSESSMENT", "STUDENT_NAME"), true);

        assertThat(second).isEqualTo(first);
        assertThat(AgreementDocument.sha256(second)).isEqualTo(AgreementDocument.sha256(first));
        assertThat(first).startsWith("STUDENT DATA PRIVACY AGREEMENT\n\n")
                .contains("Between Brightpath Learning, Inc. (the Provider) and Escuela Pública de Peña (the District), MA.\n",
                        "Terms: SHA-256 " + TERMS_HASH + "\n", "Within 72 hours.\n",
                        "- Brightpath Reader: ASSESSMENT, STUDENT_NAME\n",
                        "The Provider offers these terms to every district in scope that signs Exhibit E.\n");
    }

    @Test
    void theHashIsTheSha256OfTheUtf8TextInLowerCaseHex() throws Exception {
        String text = render(reader("ASSESSMENT"), false);
        assertThat(AgreementDocument.sha256(text)).isEqualTo(sha256Of(text)).matches("[0-9a-f]{64}");
        assertThat(AgreementDocument.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void anyChangeInTheInputsChangesTheHash() {
        String base = AgreementDocument.sha256(render(reader("ASSESSMENT", "STUDENT_NAME"), true));
        assertThat(AgreementDocument.sha256(render(reader("ASSESSMENT"), true))).isNotEqualTo(base);
        assertThat(AgreementDocument.sha256(render(reader("ASSESSMENT", "STUDENT_NAME"), false))).isNotEqualTo(base);
        assertThat(AgreementDocument.sha256(AgreementDocument.agreement(TERMS, "cd".repeat(32), "Brightpath Learning, Inc.",
                "Escuela Pública de Peña", "MA", reader("ASSESSMENT", "STUDENT_NAME"), true))).isNotEqualTo(base);
    }

    @Test
    void exhibitEIsBoundToTheOriginalAndRendersTheSameEveryTime() {
        String original = AgreementDocument.sha256(render(reader("ASSESSMENT"), true));
        String first = AgreementDocument.exhibitE(original, TERMS_HASH, "Brightpath Learning, Inc.", "Harbor Point Public Schools",
                "MA", reader("ASSESSMENT"), "2029-06-30");
        String second = AgreementDocument.exhibitE(original, TERMS_HASH, "Brightpath Learning, Inc.",
                "Harbor Point Public Schools", "MA", reader("ASSESSMENT"), "2029-06-30");

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("Original agreement document: SHA-256 " + original + "\n",
                "Harbor Point Public Schools (the Subscribing District), MA", "ends when the original agreement ends, on 2029-06-30");
        String otherDistrict = AgreementDocument.exhibitE(original, TERMS_HASH, "Brightpath Learning, Inc.",
                "Granite Hills Regional", "MA", reader("ASSESSMENT"), "2029-06-30");
        assertThat(AgreementDocument.sha256(otherDistrict)).isNotEqualTo(AgreementDocument.sha256(first));
    }
}
