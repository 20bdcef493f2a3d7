package org.compactdpa.signatures.evidence;

/** Where a request came from (the peer address as the HTTP layer resolved it, and the user agent). */
public record Origin(String ip, String userAgent) {

    /** No request behind it: the platform acting on its own (expiry, sealing). */
    public static final Origin NONE = new Origin(null, null);
}
