package org.compactdpa.contracts.vocabulary;

/** A district's view of a product, in the words registries already use. */
public enum ProductStatus {
    /** An executed agreement in force covers it: staff may use it. */
    APPROVED,
    /** Negotiation or signing is under way. */
    PENDING,
    /** No agreement, or it expired, was terminated or declined. */
    NOT_APPROVED
}
