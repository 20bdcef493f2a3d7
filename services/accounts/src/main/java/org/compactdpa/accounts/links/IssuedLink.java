package org.compactdpa.accounts.links;

import java.time.Instant;

/**
 * A link just made: the address to mail (holding the token), the SHA-256 of its token to store, and
 * when it stops working. The address goes into the mail and nowhere else; this record never prints it.
 */
public record IssuedLink(String url, String tokenHash, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedLink[sha256=" + tokenHash + ", expiresAt=" + expiresAt + "]";
    }
}
