package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator or platform administrator refused an application, with the reason. {@code vendorId} is
 * set when the application had been confirmed (the vendor then stays UNVERIFIED). Key: applicationId.
 */
@EventType(value = "org.compactdpa.vendor-application.refused.v1", topic = Topics.ACCOUNTS)
public record VendorApplicationRefused(UUID applicationId, UUID vendorId, String legalName, String contactEmail,
        String reason, String refusedBy, String refuserName, Instant refusedAt) {
}
