package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant confirmed their e-mail address: the vendor exists from now on, UNVERIFIED, under the
 * id made here, and the applicant's account acts for it as its first administrator. Carries what the
 * vendors service needs to register the vendor; the contact is both its representative and its
 * breach contact until the vendor changes its profile. Key: applicationId.
 */
@EventType(value = "org.compactdpa.vendor-application.confirmed.v1", topic = Topics.ACCOUNTS)
public record VendorApplicationConfirmed(UUID applicationId, UUID vendorId, String company, String legalName,
        String website, String contactName, String contactEmail, boolean signerAuthorityDeclared, String personId,
        Instant confirmedAt) {
}
