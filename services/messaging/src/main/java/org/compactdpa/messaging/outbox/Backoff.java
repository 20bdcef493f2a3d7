package org.compactdpa.messaging.outbox;

import java.time.Duration;

/**
 * How long a row waits after a failed send: doubling from {@code first} up to {@code max}, so a
 * broker outage costs a few attempts per row, not one every poll.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first failure). */
    public Duration after(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        // Past 2^30 the product overflows long millis long before the cap would matter; stop doubling earlier.
        if (doublings >= 30) {
            return max;
        }
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
