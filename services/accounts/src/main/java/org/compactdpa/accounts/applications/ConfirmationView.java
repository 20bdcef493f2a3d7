package org.compactdpa.accounts.applications;

import java.util.List;
import java.util.UUID;

/**
 * What the applicant learns on confirming: their vendor's id, their account and roles, and whether
 * Keycloak sent the mail to set their password.
 */
public record ConfirmationView(UUID applicationId, ApplicationStatus status, UUID vendorId, String personId,
        String email, List<String> roles, boolean passwordMailSent) {
}
