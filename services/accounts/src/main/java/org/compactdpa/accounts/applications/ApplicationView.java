package org.compactdpa.accounts.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.events.VerificationChecklist;

/** A vendor application as coordinators and platform administrators see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(UUID id, ApplicationStatus status, String company, String legalName, String website,
        String contactName, String email, boolean signerAuthorityDeclared, Instant submittedAt,
        Instant linkExpiresAt, UUID vendorId, Instant confirmedAt, Decision decision) {

    /** Who verified or refused it, when, against what, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String by, String byName, Instant at, VerificationChecklist checklist, String note) {
    }

    static ApplicationView of(VendorApplication a) {
        boolean confirmed = a.confirmedAt != null;
        Decision decision = a.decidedAt == null ? null : new Decision(a.decidedBy, a.decidedByName, a.decidedAt,
                a.status == ApplicationStatus.VERIFIED ? new VerificationChecklist(a.checkedCompanyIdentity,
                        a.checkedSignerAuthority, a.checkedBreachContact) : null, a.decisionNote);
        return new ApplicationView(a.id, a.status, a.company, a.legalName, a.website, a.contactName(), a.email,
                a.signerAuthorityDeclared, a.submittedAt, confirmed ? null : a.tokenExpiresAt,
                confirmed ? a.vendorId : null, a.confirmedAt, decision);
    }
}
