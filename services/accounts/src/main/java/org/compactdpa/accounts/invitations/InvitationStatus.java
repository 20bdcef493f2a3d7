package org.compactdpa.accounts.invitations;

import org.compactdpa.platform.problem.ProblemException;

/**
 * Where an invitation stands. PENDING until accepted or revoked; a PENDING one whose link has run out
 * shows as EXPIRED and can be sent again, which makes a new link and kills the old one.
 */
public enum InvitationStatus {
    PENDING,
    EXPIRED,
    ACCEPTED,
    REVOKED;

    /** Refuses (409) a change to an invitation that is no longer pending. */
    void requirePending() {
        if (this == ACCEPTED) {
            throw ProblemException.conflict("The invitation was accepted already");
        }
        if (this == REVOKED) {
            throw ProblemException.conflict("The invitation was revoked");
        }
    }
}
