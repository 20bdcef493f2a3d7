package org.compactdpa.signatures.evidence;

/** What happened to an agreement, as the evidence trail records it. */
public enum EvidenceType {
    CREATED,
    DOCUMENT_VIEWED,
    SIGNED,
    DECLINED,
    EXECUTED,
    ADOPTED,
    OFFER_WITHDRAWN,
    EXPIRED,
    TERMINATED,
    SEALED
}
