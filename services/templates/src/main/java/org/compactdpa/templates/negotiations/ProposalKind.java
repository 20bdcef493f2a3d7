package org.compactdpa.templates.negotiations;

import java.util.Collection;
import org.compactdpa.templates.terms.Classification;

/** A proposed change: replace a standard clause's text, delete it, or add a clause to Exhibit H. */
public enum ProposalKind {
    REPLACE,
    DELETE,
    ADD_EXHIBIT_H;

    /**
     * What the accepted changes make of the standard: none is STANDARD, only Exhibit H additions
     * EXHIBIT_H_ONLY, and any replacement or deletion MODIFIED.
     */
    public static Classification classify(Collection<ProposalKind> acceptedChanges) {
        if (acceptedChanges.isEmpty()) {
            return Classification.STANDARD;
        }
        return acceptedChanges.stream().allMatch(k -> k == ADD_EXHIBIT_H) ? Classification.EXHIBIT_H_ONLY
                : Classification.MODIFIED;
    }
}
