package org.compactdpa.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Map;
import org.compactdpa.platform.problem.Problem;

/**
 * The problem+json answer of a route handler that refuses a request before any resource runs (body
 * limits, malformed addresses, rate limits): the same fields and media type as the exception mappers
 * give, built from {@link Problem#type(String)}. A request whose body has not been read yet gets
 * {@code Connection: close}, so the server does not go on reading an upload it has refused.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        refuse(context, status, slug, title, detail, Map.of());
    }

    public static void refuse(RoutingContext context, int status, String slug, String title, String detail,
                              Map<String, String> headers) {
        HttpServerRequest request = context.request();
        JsonObject problem = body(status, slug, title, detail, instanceOf(request.path()));
        HttpServerResponse response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        if (hasBody(request)) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(problem.encode());
    }

    static JsonObject body(int status, String slug, String title, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", Problem.type(slug).toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.strip().equals("0")) || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The path as sent, if it is a valid URI reference without control characters; otherwise none. */
    static String instanceOf(String rawPath) {
        if (rawPath == null || UrlHygiene.refused(rawPath)) {
            return null;
        }
        try {
            return URI.create(rawPath).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
