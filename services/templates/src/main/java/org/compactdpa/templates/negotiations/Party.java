package org.compactdpa.templates.negotiations;

/** The two sides of a negotiation. */
public enum Party {
    CONSORTIUM,
    VENDOR;

    public Party other() {
        return this == CONSORTIUM ? VENDOR : CONSORTIUM;
    }
}
