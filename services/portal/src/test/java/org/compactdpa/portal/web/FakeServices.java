package org.compactdpa.portal.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the four services behind the portal: canned JSON by path, so page tests check what
 * the portal does with answers (escaping, errors, headers) without running the whole platform. The
 * real services behind the real portal are exercised by the browser tests in services/e2e.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** Path (without query) to status and JSON body. */
    static final Map<String, Map.Entry<Integer, String>> ANSWERS = new ConcurrentHashMap<>();
    static final Map<String, String> LAST_QUERY = new ConcurrentHashMap<>();

    private HttpServer server;

    static void answer(String path, int status, String json) {
        ANSWERS.put(path, Map.entry(status, json));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            LAST_QUERY.put(path, String.valueOf(exchange.getRequestURI().getRawQuery()));
            Map.Entry<Integer, String> answer = ANSWERS.getOrDefault(path,
                    Map.entry(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No resource at this address\"}"));
            byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.getKey() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.getKey(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("compact.services.districts", base, "compact.services.vendors", base,
                "compact.services.templates", base, "compact.services.signatures", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
