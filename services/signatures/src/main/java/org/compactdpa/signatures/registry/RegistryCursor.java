package org.compactdpa.signatures.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Where a page of the registry ended, handed out as {@code next} and taken back as {@code after}: the
 * last agreement's creation time and id, the registry's order. The next page starts right after it
 * whatever its depth (keyset paging), and agreements added meanwhile do not shift it. Opaque to clients.
 */
record RegistryCursor(Instant createdAt, UUID id) {

    /** The longest cursor accepted; the ones handed out are about 70 characters. */
    static final int MAX_LENGTH = 120;

    private static final String VERSION = "1";

    String encode() {
        String plain = VERSION + "." + createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor in {@code after}, or null when there is none; a 400 naming {@code after} when it is not one of ours. */
    static RegistryCursor decode(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.trim()), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown form");
            }
            return new RegistryCursor(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ProblemException.invalid("after", "is not a cursor this registry handed out (use the 'next' of a page)");
        }
    }
}
