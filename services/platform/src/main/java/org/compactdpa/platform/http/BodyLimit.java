package org.compactdpa.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the service's limit (quarkus.http.limits.max-body-size) is refused before it is read,
 * with a problem+json 413 that says the limit, instead of the server's bare 413. Runs ahead of the
 * server's own check, for requests that announce their length. A capability whose route takes less
 * (an upload to inspect, say) adds its own, smaller limit with {@link #onRoute}.
 */
@ApplicationScoped
public class BodyLimit {

    private final Optional<MemorySize> limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(-3).handler(refusingOver(max,
                size -> "This service accepts request bodies of at most " + max + " bytes"));
    }

    /**
     * Refuses a body announced larger than {@code max} on one route, with a detail worded by the
     * caller from the announced size. A body sent without a length is the route's own to measure.
     */
    public static void onRoute(Router router, HttpMethod method, String path, long max, LongFunction<String> detail) {
        router.route(method, path).order(-2).handler(refusingOver(max, detail));
    }

    private static Handler<RoutingContext> refusingOver(long max, LongFunction<String> detail) {
        return context -> {
            long announced = announcedLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
            if (announced > max) {
                RouteProblems.refuse(context, 413, "too-large", "The request body is too large", detail.apply(announced));
                return;
            }
            context.next();
        };
    }

    static boolean exceeds(String contentLength, long max) {
        return announcedLength(contentLength) > max;
    }

    /** The length a request announces, or -1 without one (a malformed one is the server's to refuse). */
    private static long announcedLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
