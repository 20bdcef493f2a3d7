package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/**
 * A company's application to register as a vendor, as coordinators see it. Only a CONFIRMED one (the
 * applicant followed the mailed link, so the vendor exists, unverified) can be verified; SUBMITTED and
 * CONFIRMED ones can be refused.
 */
@TemplateData
public record VendorApplication(UUID id, String status, String company, String legalName, String website,
        String contactName, String email, boolean signerAuthorityDeclared, Instant submittedAt, Instant linkExpiresAt,
        UUID vendorId, Instant confirmedAt, Decision decision) {

    public boolean mayBeVerified() {
        return "CONFIRMED".equals(status);
    }

    public boolean mayBeRefused() {
        return "SUBMITTED".equals(status) || "CONFIRMED".equals(status);
    }

    /** Who verified or refused it, when, the checklist (when verified) and the note or reason. */
    @TemplateData
    public record Decision(String by, String byName, Instant at, Checklist checklist, String note) {
    }

    @TemplateData
    public record Checklist(boolean companyIdentity, boolean signerAuthority, boolean breachContact) {
    }
}
