package org.compactdpa.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many requests one client address may send to the public endpoints ({@code compact.rate-limit.*}).
 * Every rule keeps its own token bucket per address; a request counts against every rule it matches and
 * is refused (429) when any of them is empty. Each property can be set from the environment, e.g.
 * {@code COMPACT_RATE_LIMIT_RULES_VERIFY_REQUESTS_PER_MINUTE=30} or {@code COMPACT_RATE_LIMIT_ENABLED=false}.
 */
@ConfigMapping(prefix = "compact.rate-limit")
public interface RateLimitConfig {

    /** Off: every request passes, e.g. where a gateway in front already limits. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many (address, rule) buckets are kept at most. Past this the least recently used one is
     * forgotten, so a flood of addresses costs bounded memory (an entry is about 200 bytes).
     */
    @WithDefault("50000")
    @Positive
    int maxEntries();

    /** The rules, by name. */
    Map<String, Rule> rules();

    interface Rule {

        /**
         * The paths it covers: {@code *} stands for one path segment, a trailing {@code /**} for the path
         * itself and everything below it; anything else must match exactly.
         */
        @NotEmpty
        List<String> paths();

        /** The methods it covers (HEAD counts as GET); all of them when none are named. */
        Optional<Set<String>> methods();

        /** The sustained rate: a bucket refills at this many requests per minute. */
        @Positive
        int requestsPerMinute();

        /** How many requests may come at once: the bucket's size, full for an address never seen. */
        @Positive
        int burst();
    }
}
