package org.compactdpa.accounts.applications;

import java.util.Map;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Where a vendor application stands. SUBMITTED: the mail is out, nothing exists yet. CONFIRMED: the
 * applicant followed the link; the vendor (UNVERIFIED) and their account exist. VERIFIED or REFUSED:
 * a coordinator or platform administrator decided. A refused application that had been confirmed
 * leaves its vendor UNVERIFIED.
 */
public enum ApplicationStatus {
    SUBMITTED,
    CONFIRMED,
    VERIFIED,
    REFUSED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> MOVES = Map.of(
            SUBMITTED, Set.of(CONFIRMED, REFUSED),
            CONFIRMED, Set.of(VERIFIED, REFUSED),
            VERIFIED, Set.of(),
            REFUSED, Set.of());

    public boolean mayMoveTo(ApplicationStatus next) {
        return MOVES.get(this).contains(next);
    }

    /** The next status, or 409 with the reason a person can act on. */
    public ApplicationStatus moveTo(ApplicationStatus next) {
        if (!mayMoveTo(next)) {
            throw ProblemException.conflict(switch (this) {
                case SUBMITTED -> "The applicant has not confirmed their e-mail address yet";
                case CONFIRMED -> "The application is confirmed already";
                case VERIFIED -> "The vendor of this application was verified already";
                case REFUSED -> "The application was refused";
            });
        }
        return next;
    }
}
