package org.compactdpa.platform.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.compactdpa.platform.http.RouteProblems;

/**
 * Limits how many requests one client address may send to the paths of the configured rules
 * ({@link RateLimitConfig}), so that nobody can keep a service busy with its public endpoints (parsing
 * uploaded PDFs, searching the registry, exporting lists). Over the limit the answer is a 429 problem
 * with {@code Retry-After}, given before the body is read or any resource runs.
 *
 * <p>The address is the connection's peer as Vert.x reports it: the proxy's forwarded address when the
 * service trusts that proxy ({@code quarkus.http.proxy.*}), and never a header from anyone else, so a
 * client cannot pick a fresh address for each request.
 */
@ApplicationScoped
public class RateLimit {

    private static final String RETRY_AFTER = "Retry-After";

    private final boolean enabled;
    private final List<Rule> rules;
    private final TokenBuckets buckets;
    private final MeterRegistry meters;

    public RateLimit(RateLimitConfig config, MeterRegistry meters) {
        this.enabled = config.enabled();
        this.rules = config.rules().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rule -> Rule.of(rule.getKey(), rule.getValue()))
                .toList();
        this.buckets = new TokenBuckets(config.maxEntries(), System::nanoTime);
        this.meters = meters;
    }

    void install(@Observes Router router) {
        if (!enabled || rules.isEmpty()) {
            return;
        }
        // Ahead of the platform's other checks: a client over its limit gets nothing more from us.
        router.route().order(-4).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = PathPattern.canonical(request.path());
        String method = request.method().name();
        String client = null;
        for (Rule rule : rules) {
            if (!rule.covers(method, path)) {
                continue;
            }
            if (client == null) {
                client = ClientAddress.key(hostOf(request.remoteAddress()));
            }
            long retryAfter = buckets.take(client, rule.limit());
            if (retryAfter > 0) {
                refuse(context, rule, retryAfter);
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, Rule rule, long retryAfter) {
        meters.counter("compact.rate.limited", "rule", rule.name()).increment();
        TokenBuckets.Limit limit = rule.limit();
        RouteProblems.refuse(context, 429, "rate-limited", "Too many requests",
                "Your address has sent more requests here than this service takes (" + limit.requestsPerMinute()
                        + " a minute, " + limit.burst() + " at once); try again in " + retryAfter + " s",
                Map.of(RETRY_AFTER, Long.toString(retryAfter)));
    }

    private static String hostOf(SocketAddress address) {
        if (address == null) {
            return null;
        }
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }
}
