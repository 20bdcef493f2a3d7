package org.compactdpa.vendors.vendors;

import java.time.Instant;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.text.SearchText;

/**
 * How a submitted profile lands on a vendor: text trimmed, blanks kept as absent, the state checked
 * against the US codes, the search name refolded, and the revision counted up, so every save is a
 * revision of its own.
 */
final class VendorProfile {

    private VendorProfile() {
    }

    static void apply(Vendor vendor, VendorInput input, Instant at) {
        vendor.legalName = input.legalName().trim();
        vendor.doingBusinessAs = blankToNull(input.doingBusinessAs());
        vendor.website = input.website().trim();
        VendorInput.Address address = input.address();
        vendor.street = address == null ? null : blankToNull(address.street());
        vendor.city = address == null ? null : blankToNull(address.city());
        vendor.state = address == null || address.state() == null ? null : stateCode(address.state());
        vendor.postalCode = address == null ? null : blankToNull(address.postalCode());
        vendor.representativeName = input.representative().name().trim();
        vendor.representativeTitle = blankToNull(input.representative().title());
        vendor.representativeEmail = input.representative().email().trim();
        vendor.breachContactName = input.breachContact().name().trim();
        vendor.breachContactEmail = input.breachContact().email().trim();
        vendor.breachContactPhone = blankToNull(input.breachContact().phone());
        vendor.searchName = SearchText.fold(vendor.legalName
                + (vendor.doingBusinessAs == null ? "" : " " + vendor.doingBusinessAs));
        vendor.updatedAt = at;
        vendor.revision++;
    }

    private static String stateCode(String state) {
        return UsState.fromCode(state).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("address.state", "'" + state + "' is not a US state code"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
