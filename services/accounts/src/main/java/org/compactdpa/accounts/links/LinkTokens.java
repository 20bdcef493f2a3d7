package org.compactdpa.accounts.links;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Single-use links: a token of 256 random bits, written into the link as URL-safe Base64; the service
 * keeps only its SHA-256, so neither its database nor its backups can open a link. Whoever holds the
 * mail holds the token; a token is found again by hashing what the link sends back.
 */
@ApplicationScoped
public class LinkTokens {

    /** 43 characters of URL-safe Base64 (256 bits): what a token looks like, for request validation. */
    public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkSettings settings;
    private final Clock clock;

    public LinkTokens(LinkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A link to confirm a vendor application. */
    public IssuedLink confirmation() {
        return issue(settings.confirmationPath(), settings.applicationLifetime());
    }

    /** A link to accept an invitation. */
    public IssuedLink invitation() {
        return issue(settings.invitationPath(), settings.invitationLifetime());
    }

    private IssuedLink issue(String path, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String url = settings.baseUrl().replaceAll("/+$", "") + path + "?token=" + token;
        return new IssuedLink(url, hashOf(token), clock.instant().plus(lifetime));
    }

    /** The SHA-256 of a token, in lower-case hex: what the database holds. */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
