package org.compactdpa.portal.backend;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.compactdpa.portal.config.ServiceAddresses;

/**
 * Calls the services on behalf of the person using the portal: their access token (from the
 * Keycloak code flow) travels as the bearer token, so every service applies its own rules to them.
 * The portal keeps no data of its own. Runs on worker threads (the pages are blocking).
 */
@RequestScoped
public class Backend {

    /** The services the portal talks to. */
    public enum Service {
        DISTRICTS, VENDORS, TEMPLATES, SIGNATURES
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final ServiceAddresses addresses;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final RoutingContext page;

    public Backend(ServiceAddresses addresses, SecurityIdentity identity, ObjectMapper json, RoutingContext page) {
        this.addresses = addresses;
        this.identity = identity;
        this.json = json;
        this.page = page;
    }

    public Map<String, Object> get(Service service, String path, Object... query) {
        return object(send(service, request(service, path, query).GET()));
    }

    /** For the few endpoints that answer a bare JSON array. */
    public List<Map<String, Object>> list(Service service, String path, Object... query) {
        byte[] body = send(service, request(service, path, query).GET());
        try {
            return json.readValue(body, LIST);
        } catch (IOException e) {
            throw new BackendException(502, "Unexpected answer", "A service answered with something that is not a JSON list.",
                    null);
        }
    }

    public Map<String, Object> post(Service service, String path, Object body) {
        return object(send(service, request(service, path).POST(jsonBody(body)).header("Content-Type", "application/json")));
    }

    public Map<String, Object> put(Service service, String path, Object body) {
        return object(send(service, request(service, path).PUT(jsonBody(body)).header("Content-Type", "application/json")));
    }

    /** Sends raw bytes (an uploaded file) and reads a JSON answer. */
    public Map<String, Object> postBytes(Service service, String path, byte[] body, String contentType) {
        return object(send(service, request(service, path).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType)));
    }

    /** Reads a binary answer, such as a sealed PDF. */
    public byte[] bytes(Service service, String path) {
        return send(service, request(service, path).GET());
    }

    /** The base URL of a service, for links the browser follows itself (CSV downloads, say). */
    public String baseUrl(Service service) {
        return switch (service) {
            case DISTRICTS -> addresses.districts();
            case VENDORS -> addresses.vendors();
            case TEMPLATES -> addresses.templates();
            case SIGNATURES -> addresses.signatures();
        };
    }

    private HttpRequest.Builder request(Service service, String path, Object... query) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl(service) + path + queryString(query)))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/pdf, application/problem+json");
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token.getToken());
        }
        forwardTheBrowser(builder);
        return builder;
    }

    /**
     * The services record who did what from where (a signature's IP and user agent, say): they should
     * see the person's browser, not the portal. The browser's address travels as X-Forwarded-For, which
     * the services honour only from proxies they trust; its user agent travels as the user agent.
     */
    private void forwardTheBrowser(HttpRequest.Builder builder) {
        HttpServerRequest browser = page.request();
        if (browser.remoteAddress() != null && browser.remoteAddress().host() != null) {
            builder.header("X-Forwarded-For", browser.remoteAddress().host());
        }
        String userAgent = browser.getHeader("User-Agent");
        if (userAgent != null) {
            // Printable characters only (the HTTP client refuses others), and no more than evidence needs.
            String printable = userAgent.replaceAll("[^\\x20-\\x7E]", "").strip();
            if (!printable.isEmpty()) {
                builder.header("User-Agent", printable.substring(0, Math.min(printable.length(), 512)));
            }
        }
    }

    /** Query parameters as name, value pairs; blank values are left out, lists repeat the name. */
    public static String queryString(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("query parameters come in name, value pairs");
        }
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < pairs.length; i += 2) {
            String name = String.valueOf(pairs[i]);
            Object value = pairs[i + 1];
            List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
            for (Object v : values) {
                if (v != null && !v.toString().isBlank()) {
                    joined.add(encode(name) + "=" + encode(v.toString().trim()));
                }
            }
        }
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body == null ? Map.of() : body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    private byte[] send(Service service, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw BackendException.unreachable(service.name().toLowerCase(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BackendException.unreachable(service.name().toLowerCase(), e);
        }
        if (response.statusCode() >= 400) {
            throw problem(response);
        }
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private BackendException problem(HttpResponse<byte[]> response) {
        Map<String, Object> body = Map.of();
        try {
            if (response.body().length > 0) {
                body = json.readValue(response.body(), OBJECT);
            }
        } catch (IOException ignored) {
            // not problem+json: the status alone has to do
        }
        if (response.statusCode() >= 500) {
            // An outage or a fault behind the portal: the person learns it is not their doing.
            return new BackendException(502, "A service failed", "Part of Compact could not answer just now ("
                    + response.statusCode() + "). Please try again shortly.", null);
        }
        Object title = body.getOrDefault("title", "Request failed");
        Object detail = body.get("detail");
        Object fields = body.get("errors");
        return new BackendException(response.statusCode(), String.valueOf(title), detail == null ? null : detail.toString(),
                fields instanceof List<?> list ? (List<Map<String, Object>>) list : null);
    }

    private Map<String, Object> object(byte[] body) {
        if (body == null || body.length == 0) {
            return new LinkedHashMap<>();
        }
        try {
            return json.readValue(body, OBJECT);
        } catch (IOException e) {
            throw new BackendException(502, "Unexpected answer", "A service answered with something that is not JSON.", null);
        }
    }
}
