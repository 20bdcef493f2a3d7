package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone applied to register a vendor; the e-mail address is not confirmed yet, so nothing exists
 * for it but the application. Key: applicationId.
 */
@EventType(value = "org.compactdpa.vendor-application.submitted.v1", topic = Topics.ACCOUNTS)
public record VendorApplicationSubmitted(UUID applicationId, String company, String legalName, String website,
        String contactName, String contactEmail, boolean signerAuthorityDeclared, Instant submittedAt) {
}
