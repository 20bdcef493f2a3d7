package org.compactdpa.accounts.applications;

import java.time.Instant;
import java.util.UUID;

/** What an applicant learns after applying: where the confirmation link went and until when it works. */
public record SubmissionView(UUID id, ApplicationStatus status, String email, Instant linkExpiresAt) {

    static SubmissionView of(VendorApplication a) {
        return new SubmissionView(a.id, a.status, a.email, a.tokenExpiresAt);
    }
}
