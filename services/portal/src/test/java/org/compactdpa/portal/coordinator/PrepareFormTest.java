package org.compactdpa.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class PrepareFormTest {

    private static final String VERSION = "7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01/1";
    private static final UUID TERMS = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c01");

    @Test
    void termsIssuedForTheChosenVersionAreUsedAgain() {
        PrepareForm form = PrepareForm.read(Map.of("version", List.of(VERSION), "termsId", List.of(TERMS.toString()),
                "termsFor", List.of(VERSION)));

        assertThat(form.issuedTerms()).isEqualTo(TERMS);
    }

    @Test
    void anotherVersionChosenSinceNeedsTermsOfItsOwn() {
        PrepareForm form = PrepareForm.read(Map.of("version", List.of("7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01/2"),
                "termsId", List.of(TERMS.toString()), "termsFor", List.of(VERSION)));

        assertThat(form.issuedTerms()).isNull();
    }

    @Test
    void termsThatAreNotAnIdAreIssuedAfresh() {
        PrepareForm form = PrepareForm.read(Map.of("version", List.of(VERSION), "termsId", List.of("nonsense"),
                "termsFor", List.of(VERSION)));

        assertThat(form.issuedTerms()).isNull();
    }

    @Test
    void theFormShowsAgainWhatWasChosen() {
        PrepareForm form = PrepareForm.read(Map.of("version", List.of(VERSION), "districtId", List.of(" 42 "),
                "productIds", List.of("p1", " ", "p2"))).withTerms(TERMS);

        assertThat(form.hasVersion(VERSION)).isTrue();
        assertThat(form.hasDistrict(42)).isTrue();
        assertThat(form.hasProduct("p2")).isTrue();
        assertThat(form.productIds()).containsExactly("p1", "p2");
        assertThat(form.generalOffer()).as("left unticked").isFalse();
        assertThat(form.termsFor()).isEqualTo(VERSION);
        assertThat(PrepareForm.blank().generalOffer()).as("a fresh form offers it").isTrue();
    }
}
