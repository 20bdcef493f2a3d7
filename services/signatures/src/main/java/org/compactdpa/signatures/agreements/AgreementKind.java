package org.compactdpa.signatures.agreements;

/** An agreement executed by a vendor and an originating district, or a district's adoption of its general offer. */
public enum AgreementKind {
    ORIGINAL,
    ADOPTION
}
