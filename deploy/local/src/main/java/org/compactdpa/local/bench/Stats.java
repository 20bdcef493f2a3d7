package org.compactdpa.local.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of a set of durations, kept in nanoseconds and reported in milliseconds. */
final class Stats {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    int count() {
        return nanos.size();
    }

    /** The value at the quantile (0.5 for the median), in milliseconds; NaN when nothing was measured. */
    double ms(double quantile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** "p50 / p95 / p99" in milliseconds. */
    String triple() {
        return String.format("%s / %s / %s ms", fmt(ms(0.50)), fmt(ms(0.95)), fmt(ms(0.99)));
    }

    static String fmt(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 100 ? String.format("%.0f", millis) : String.format("%.1f", millis);
    }
}
