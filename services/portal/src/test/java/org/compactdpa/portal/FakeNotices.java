package org.compactdpa.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stands in for the notices service, apart from {@link FakeServices}: the header asks it for the
 * unread count on every signed-in page, and those calls must not count among the calls a page test
 * expects the other services to receive (or not). Canned JSON by method and path, every call kept, and
 * an answer can be held back to play a service that does not answer.
 */
public class FakeNotices implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Map.Entry<Integer, String>> ANSWERS = new ConcurrentHashMap<>();
    /** Every request received, in order of arrival. */
    public static final List<FakeServices.Call> CALLS = new CopyOnWriteArrayList<>();
    private static volatile long delayMillis;

    private HttpServer server;
    private ExecutorService workers;

    /** The answer to a method and path (without query). */
    public static void answer(String method, String path, int status, String json) {
        ANSWERS.put(method + " " + path, Map.entry(status, json));
    }

    /** Back to knowing nothing (every path 404), answering at once, no calls remembered. */
    public static void reset() {
        ANSWERS.clear();
        CALLS.clear();
        delayMillis = 0;
    }

    /** Holds every answer back this long, from now on; zero answers at once. */
    public static void delayEachAnswer(long millis) {
        delayMillis = millis;
    }

    public static List<FakeServices.Call> callsTo(String method, String path) {
        return CALLS.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        workers = Executors.newCachedThreadPool();
        server.setExecutor(workers);
        server.createContext("/", FakeNotices::handle);
        server.start();
        return Map.of("compact.services.notices", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CALLS.add(new FakeServices.Call(exchange.getRequestMethod(), path, String.valueOf(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        pause();
        Map.Entry<Integer, String> answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                Map.entry(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No resource at this address\"}"));
        byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.getKey() >= 400 ? "application/problem+json" : "application/json");
        if (answer.getKey() == 204 || answer.getKey() == 202 && body.length == 0) {
            exchange.sendResponseHeaders(answer.getKey(), -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(answer.getKey(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
