package org.compactdpa.districts.apprequests;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The life of an app request, with every allowed transition in one place. A request opens either
 * OFFER_AVAILABLE (an active general offer covers the product: the district can adopt it) or
 * QUEUED (the coordinators must act); an OFFER_AVAILABLE request becomes QUEUED if its offer closes.
 * Coordinators answer NEGOTIATION_STARTED (still open), ALREADY_COVERED or DECLINED; it becomes
 * APPROVED by itself when an agreement comes to cover the product.
 */
public enum AppRequestStatus {
    OFFER_AVAILABLE,
    QUEUED,
    NEGOTIATION_STARTED,
    ALREADY_COVERED,
    DECLINED,
    APPROVED;

    private static final Map<AppRequestStatus, Set<AppRequestStatus>> ALLOWED = Map.of(
            OFFER_AVAILABLE, EnumSet.of(QUEUED, APPROVED, NEGOTIATION_STARTED, ALREADY_COVERED, DECLINED),
            QUEUED, EnumSet.of(APPROVED, NEGOTIATION_STARTED, ALREADY_COVERED, DECLINED),
            NEGOTIATION_STARTED, EnumSet.of(APPROVED, DECLINED),
            ALREADY_COVERED, EnumSet.noneOf(AppRequestStatus.class),
            DECLINED, EnumSet.noneOf(AppRequestStatus.class),
            APPROVED, EnumSet.noneOf(AppRequestStatus.class));

    /** Outcomes a coordinator may choose when resolving a request. */
    public static final Set<AppRequestStatus> COORDINATOR_OUTCOMES = EnumSet.of(NEGOTIATION_STARTED, ALREADY_COVERED,
            DECLINED);

    /** What the coordinators' queue holds: requests waiting for them, not those an open offer answers. */
    public static final Set<AppRequestStatus> AWAITING_COORDINATORS = EnumSet.of(QUEUED, NEGOTIATION_STARTED);

    /** Where a new request starts: with the district itself if an offer is open to it, else with the coordinators. */
    public static AppRequestStatus opening(boolean offerOpen) {
        return offerOpen ? OFFER_AVAILABLE : QUEUED;
    }

    public boolean canBecome(AppRequestStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** {@code next}, if this status may become it; otherwise a 409 problem that says why not. */
    public AppRequestStatus moveTo(AppRequestStatus next) {
        if (!canBecome(next)) {
            throw ProblemException.conflict("The request is " + this + " and cannot become " + next);
        }
        return next;
    }

    /** An answer to the request (announced as app-request.resolved), as opposed to where it waits. */
    public boolean isOutcome() {
        return this != OFFER_AVAILABLE && this != QUEUED;
    }

    public boolean isOpen() {
        return this == OFFER_AVAILABLE || this == QUEUED || this == NEGOTIATION_STARTED;
    }
}
