package org.compactdpa.templates.terms;

/**
 * What the accepted changes did to the standard: nothing (STANDARD), only additions the consortium
 * approved in Exhibit H (EXHIBIT_H_ONLY), or changes to standard clauses (MODIFIED). Only the first
 * two may carry a general offer. Negotiations decide which one applies (ProposalKind.classify).
 */
public enum Classification {
    STANDARD,
    EXHIBIT_H_ONLY,
    MODIFIED;

    public boolean allowsGeneralOffer() {
        return this != MODIFIED;
    }
}
