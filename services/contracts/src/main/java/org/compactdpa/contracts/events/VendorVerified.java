package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A coordinator verified the vendor; only verified vendors can be offered agreements. Key: vendorId. */
@EventType(value = "org.compactdpa.vendor.verified.v1", topic = Topics.VENDORS)
public record VendorVerified(UUID vendorId, String legalName, Instant verifiedAt) {
}
