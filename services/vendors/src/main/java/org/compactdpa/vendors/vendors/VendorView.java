package org.compactdpa.vendors.vendors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A vendor as answered to the caller: contacts only for those who work with the vendor (its own
 * staff, coordinators, districts, platform admins); the public sees the company, not the people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VendorView(UUID id, String legalName, String doingBusinessAs, String website, String city, String state,
        boolean verified, Instant verifiedAt, int revision, VendorInput.Address address,
        VendorInput.Contact representative, VendorInput.Contact breachContact, Instant updatedAt) {

    static VendorView publicOf(Vendor v) {
        return new VendorView(v.id, v.legalName, v.doingBusinessAs, v.website, v.city, v.state, v.isVerified(),
                v.verifiedAt, v.revision, null, null, null, v.updatedAt);
    }

    static VendorView fullOf(Vendor v) {
        return new VendorView(v.id, v.legalName, v.doingBusinessAs, v.website, v.city, v.state, v.isVerified(),
                v.verifiedAt, v.revision, new VendorInput.Address(v.street, v.city, v.state, v.postalCode),
                new VendorInput.Contact(v.representativeName, v.representativeTitle, v.representativeEmail, null),
                new VendorInput.Contact(v.breachContactName, null, v.breachContactEmail, v.breachContactPhone),
                v.updatedAt);
    }
}
