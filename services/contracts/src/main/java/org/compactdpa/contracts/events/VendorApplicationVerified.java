package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator or platform administrator verified the vendor of a confirmed application, against the
 * checklist, with a note; the vendor is verified from now on. Key: applicationId.
 */
@EventType(value = "org.compactdpa.vendor-application.verified.v1", topic = Topics.ACCOUNTS)
public record VendorApplicationVerified(UUID applicationId, UUID vendorId, String legalName,
        VerificationChecklist checklist, String note, String verifiedBy, String verifierName, Instant verifiedAt) {
}
