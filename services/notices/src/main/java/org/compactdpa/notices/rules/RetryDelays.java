package org.compactdpa.notices.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a failed delivery waits before its next attempt: the n-th failure waits the n-th delay of the
 * list, and the last delay repeats. Written in configuration as {@code 5s,1m,5m,30m,2h}.
 */
public record RetryDelays(List<Duration> delays) {

    public RetryDelays {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalArgumentException("at least one delay");
        }
        delays = List.copyOf(delays);
    }

    public static RetryDelays parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            String value = part.trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            char unit = value.charAt(value.length() - 1);
            String digits = value.endsWith("ms") ? value.substring(0, value.length() - 2) : value.substring(0, value.length() - 1);
            long amount = Long.parseLong(digits);
            delays.add(value.endsWith("ms") ? Duration.ofMillis(amount) : switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("unknown unit in " + part);
            });
        }
        return new RetryDelays(delays);
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public Duration after(int failures) {
        return delays.get(Math.max(0, Math.min(failures, delays.size()) - 1));
    }

    /** How many attempts the list allows: the first, and one after each delay. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** The time from the first attempt to the last. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
