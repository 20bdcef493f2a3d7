package org.compactdpa.templates.domain;

import java.util.Collection;

/**
 * What the accepted changes did to the standard: nothing (STANDARD), only additions the consortium
 * approved in Exhibit H (EXHIBIT_H_ONLY), or changes to standard clauses (MODIFIED). Only the first
 * two may carry a general offer.
 */
public enum Classification {
    STANDARD,
    EXHIBIT_H_ONLY,
    MODIFIED;

    public static Classification of(Collection<ProposalKind> acceptedChanges) {
        if (acceptedChanges.isEmpty()) {
            return STANDARD;
        }
        return acceptedChanges.stream().allMatch(k -> k == ProposalKind.ADD_EXHIBIT_H) ? EXHIBIT_H_ONLY : MODIFIED;
    }

    public boolean allowsGeneralOffer() {
        return this != MODIFIED;
    }
}
