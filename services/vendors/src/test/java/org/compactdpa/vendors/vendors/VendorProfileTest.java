package org.compactdpa.vendors.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.compactdpa.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How a submitted profile lands on a vendor, checked without a server. */
@Tag("fast")
class VendorProfileTest {

    private static final Instant SAVED_AT = Instant.parse("2025-03-01T10:15:30Z");

    private static VendorInput profile(String state) {
        return new VendorInput(null, " École Numérique ", "  ", " https://ecole.example.com ",
                new VendorInput.Address(" 1 Main St ", "Boston", state, " "),
                new VendorInput.Contact(" Riley Rep ", " ", " riley@ecole.example.com ", "+1 617 555 0100"),
                new VendorInput.Contact(" Sec Ops ", "ignored", " security@ecole.example.com ", " "));
    }

    @Test
    void textIsTrimmedAndBlanksAreKeptAsAbsent() {
        Vendor vendor = new Vendor();

        VendorProfile.apply(vendor, profile("ma"), SAVED_AT);

        assertThat(vendor.legalName).isEqualTo("École Numérique");
        assertThat(vendor.doingBusinessAs).isNull();
        assertThat(vendor.website).isEqualTo("https://ecole.example.com");
        assertThat(vendor.street).isEqualTo("1 Main St");
        assertThat(vendor.postalCode).isNull();
        assertThat(vendor.representativeName).isEqualTo("Riley Rep");
        assertThat(vendor.representativeTitle).isNull();
        assertThat(vendor.representativeEmail).isEqualTo("riley@ecole.example.com");
        assertThat(vendor.breachContactEmail).isEqualTo("security@ecole.example.com");
        assertThat(vendor.breachContactPhone).isNull();
    }

    @Test
    void theStateIsStoredAsItsUpperCaseCode() {
        Vendor vendor = new Vendor();

        VendorProfile.apply(vendor, profile("ma"), SAVED_AT);

        assertThat(vendor.state).isEqualTo("MA");
    }

    @Test
    void aStateThatIsNotAUsStateIsNamed() {
        assertThatThrownBy(() -> VendorProfile.apply(new Vendor(), profile("ZZ"), SAVED_AT))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("address.state");
                        assertThat(error.message()).contains("'ZZ' is not a US state code");
                    });
                });
    }

    @Test
    void theSearchNameIsFoldedFromTheLegalNameAndTheTradingName() {
        Vendor vendor = new Vendor();
        VendorInput trading = new VendorInput(null, "École Numérique", "Numérique Kids", "https://ecole.example.com",
                null, new VendorInput.Contact("Riley", null, "riley@ecole.example.com", null),
                new VendorInput.Contact("Sec", null, "security@ecole.example.com", null));

        VendorProfile.apply(vendor, trading, SAVED_AT);

        assertThat(vendor.searchName).isEqualTo("ecole numerique numerique kids");
        assertThat(vendor.street).isNull();
        assertThat(vendor.state).isNull();
    }

    @Test
    void everySaveIsARevisionOfItsOwnStampedWithTheClockTime() {
        Vendor vendor = new Vendor();

        VendorProfile.apply(vendor, profile("MA"), SAVED_AT);
        VendorProfile.apply(vendor, profile("MA"), SAVED_AT.plusSeconds(60));

        assertThat(vendor.revision).isEqualTo(2);
        assertThat(vendor.updatedAt).isEqualTo(SAVED_AT.plusSeconds(60));
    }
}
