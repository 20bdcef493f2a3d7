package org.compactdpa.contracts.vocabulary;

/** The kind of organisation a user acts for; travels in the access token as {@code org_type}. */
public enum OrganisationType {
    CONSORTIUM,
    DISTRICT,
    VENDOR
}
