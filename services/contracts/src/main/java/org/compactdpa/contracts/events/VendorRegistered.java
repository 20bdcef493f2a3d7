package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A vendor joined the platform (not yet verified by a coordinator). Key: vendorId. */
@EventType(value = "org.compactdpa.vendor.registered.v1", topic = Topics.VENDORS)
public record VendorRegistered(UUID vendorId, String legalName, String doingBusinessAs, String website,
        Instant registeredAt) {
}
