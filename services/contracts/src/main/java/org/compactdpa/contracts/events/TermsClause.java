package org.compactdpa.contracts.events;

/** A clause of frozen terms, as carried in {@link TermsAgreed}. */
public record TermsClause(String key, String section, String title, String text) {
}
