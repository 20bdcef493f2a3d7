package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The vendor's public profile changed; {@code revision} counts the profile's versions. Key: vendorId. */
@EventType(value = "org.compactdpa.vendor.profile-changed.v1", topic = Topics.VENDORS)
public record VendorProfileChanged(UUID vendorId, int revision, String legalName, String doingBusinessAs,
        String website, Instant changedAt) {
}
