package org.compactdpa.templates.domain;

/** A proposal is decided once by the other side: accepted, rejected, or countered (a new proposal answers it). */
public enum ProposalStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    COUNTERED;

    public boolean canBecome(ProposalStatus next) {
        return this == PROPOSED && next != PROPOSED;
    }
}
