package org.compactdpa.contracts.events;

/**
 * What a coordinator or platform administrator checked before verifying a vendor: who the company
 * is, that the applicant may sign for it, and whom to tell about a breach.
 */
public record VerificationChecklist(boolean companyIdentity, boolean signerAuthority, boolean breachContact) {
}
