package org.compactdpa.templates.negotiations;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/** A proposal is decided once by the other side: accepted, rejected, or countered (a new proposal answers it). */
public enum ProposalStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    COUNTERED;

    private static final Map<ProposalStatus, Set<ProposalStatus>> ALLOWED = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, REJECTED, COUNTERED),
            ACCEPTED, EnumSet.noneOf(ProposalStatus.class),
            REJECTED, EnumSet.noneOf(ProposalStatus.class),
            COUNTERED, EnumSet.noneOf(ProposalStatus.class));

    public boolean canBecome(ProposalStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The status after the decision {@code next}; a proposal already decided is a 409 saying how. */
    public ProposalStatus moveTo(ProposalStatus next, String which) {
        if (!canBecome(next)) {
            throw ProblemException.conflict(this == PROPOSED ? which + " is PROPOSED and cannot become " + next
                    : which + " is already " + this);
        }
        return next;
    }
}
