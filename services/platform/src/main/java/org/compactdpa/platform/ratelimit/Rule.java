package org.compactdpa.platform.ratelimit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A configured rule, ready to match requests: its name, paths, methods and limit. */
record Rule(String name, List<PathPattern> paths, Set<String> methods, TokenBuckets.Limit limit) {

    static Rule of(String name, RateLimitConfig.Rule config) {
        Set<String> methods = config.methods().orElse(Set.of()).stream()
                .map(method -> method.strip().toUpperCase(Locale.ROOT))
                .filter(method -> !method.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new Rule(name, config.paths().stream().map(PathPattern::of).toList(), methods,
                new TokenBuckets.Limit(name, config.requestsPerMinute(), config.burst()));
    }

    /** Whether the request counts against this rule; the path in its canonical form. */
    boolean covers(String method, String canonicalPath) {
        return coversMethod(method.toUpperCase(Locale.ROOT))
                && paths.stream().anyMatch(path -> path.matches(canonicalPath));
    }

    private boolean coversMethod(String method) {
        // A HEAD request runs the GET resource method: it costs the same.
        return methods.isEmpty() || methods.contains(method) || ("HEAD".equals(method) && methods.contains("GET"));
    }
}
