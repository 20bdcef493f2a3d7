package org.compactdpa.messaging.outbox;

import java.time.Duration;

/**
 * What happens to an outbox row whose send failed: it is parked when retrying cannot help (a
 * permanent failure) or has not helped {@code maxAttempts} times; otherwise it waits its backoff.
 */
public record RetryPolicy(int maxAttempts, Backoff backoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("compact.outbox.max-attempts must be at least 1, got " + maxAttempts);
        }
    }

    /** The verdict on one row; {@code delay} is meaningful only when the row is not parked. */
    public record Decision(boolean park, Duration delay, String reason) {
    }

    /** {@code attempts} counts the attempt that just failed (1 after the first failure). */
    public Decision decide(int attempts, SendFailure failure) {
        if (failure.permanent()) {
            return new Decision(true, Duration.ZERO, failure.reason());
        }
        if (attempts >= maxAttempts) {
            return new Decision(true, Duration.ZERO, "gave up after " + attempts + " attempts: " + failure.reason());
        }
        return new Decision(false, backoff.after(attempts), failure.reason());
    }
}
