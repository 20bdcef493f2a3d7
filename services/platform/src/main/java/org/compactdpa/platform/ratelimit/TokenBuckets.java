package org.compactdpa.platform.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per (client, rule), in a table of bounded size.
 *
 * <p>A bucket holds {@code burst} tokens and gains {@code requestsPerMinute} of them a minute; a request
 * takes one or is refused. It is kept as one number, the time at which it will be full again: tokens
 * now = burst - (fullAt - now) / interval. That is exact in whole nanoseconds, and a bucket that is
 * full again is worth no more than one never made, so forgetting it loses nothing.
 *
 * <p>The table keeps at most {@code maxEntries} buckets and forgets the least recently used one when
 * it must make room. The one left alone longest has usually filled up again; when a flood of new
 * addresses pushes out one that had not, that address starts over with a full bucket. Bounded memory
 * is worth that.
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** What one rule allows. */
    record Limit(String rule, int requestsPerMinute, int burst) {

        long interval() {
            return NANOS_PER_MINUTE / requestsPerMinute;
        }
    }

    private record Key(String client, String rule) {
    }

    private final LongSupplier nanoTime;
    private final Map<Key, long[]> fullAt;

    TokenBuckets(int maxEntries, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        // Access order: iteration, and so eviction, starts with the bucket used least recently.
        this.fullAt = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, long[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * Takes one token from the client's bucket for the rule: 0 if the request may pass, else how many
     * whole seconds (at least 1) until the bucket holds a token again.
     */
    synchronized long take(String client, Limit limit) {
        long now = nanoTime.getAsLong();
        long interval = limit.interval();
        long[] full = fullAt.computeIfAbsent(new Key(client, limit.rule()), key -> new long[] {now});
        long start = Math.max(full[0], now);
        long owed = start - now;
        long allowed = (limit.burst() - 1) * interval;
        if (owed > allowed) {
            long wait = owed - allowed;
            return Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        }
        full[0] = start + interval;
        return 0;
    }

    synchronized int size() {
        return fullAt.size();
    }
}
