package org.compactdpa.districts.publiclist;

/** How a district holds an agreement: it executed it with the vendor, or adopted a general offer. */
public enum Relationship {
    ORIGINATED,
    ADOPTED
}
