package org.compactdpa.templates.negotiations;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/** A negotiation is OPEN until both sides have agreed; then it is AGREED, with frozen terms, for good. */
public enum NegotiationStatus {
    OPEN,
    AGREED;

    private static final Map<NegotiationStatus, Set<NegotiationStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(AGREED),
            AGREED, EnumSet.noneOf(NegotiationStatus.class));

    public boolean canBecome(NegotiationStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The status after moving to {@code next}; any other move is a 409 naming where it stands. */
    public NegotiationStatus moveTo(NegotiationStatus next, String which) {
        if (!canBecome(next)) {
            throw ProblemException.conflict(which + " is " + this + " and cannot become " + next);
        }
        return next;
    }
}
