package org.compactdpa.notices.mail;

/** PENDING until sent (or FAILED after its last attempt); DIGEST waits for the person's daily digest. */
public enum MailStatus {
    PENDING,
    DIGEST,
    SENT,
    FAILED
}
