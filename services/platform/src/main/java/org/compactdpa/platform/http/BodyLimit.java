package org.compactdpa.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over the service's limit (quarkus.http.limits.max-body-size) is refused before it is read,
 * with a problem+json 413 that says the limit, instead of the server's bare 413. Runs ahead of the
 * server's own check, for requests that announce their length.
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
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, max)) {
                String body = "{\"type\":\"https://compactdpa.org/problems/too-large\",\"title\":\"The request body is too large\","
                        + "\"status\":413,\"detail\":\"This service accepts request bodies of at most " + max + " bytes\"}";
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        });
    }

    static boolean exceeds(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
