package org.compactdpa.templates.domain;

/** A proposed change: replace a standard clause's text, delete it, or add a clause to Exhibit H. */
public enum ProposalKind {
    REPLACE,
    DELETE,
    ADD_EXHIBIT_H
}
