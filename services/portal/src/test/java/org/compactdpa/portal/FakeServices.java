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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the five services behind the portal: canned JSON by path (and method, where a test
 * needs the GET and the POST of one path to answer differently), so page tests check what
 * the portal does with answers (escaping, errors, headers, how it calls) without running the whole
 * platform. It answers requests in parallel and can hold each answer back, so a test can see whether
 * the portal's calls overlap. The real services behind the real portal are exercised by the browser
 * tests in services/e2e.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** Path (without query), or method, space and path, to status and JSON body. */
    static final Map<String, Map.Entry<Integer, String>> ANSWERS = new ConcurrentHashMap<>();
    public static final Map<String, String> LAST_QUERY = new ConcurrentHashMap<>();
    /** Every request received, in order of arrival. */
    public static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    private static volatile long delayMillis;

    private HttpServer server;
    private ExecutorService workers;

    /** One request as it arrived. */
    public record Call(String method, String path, String query, String authorization, String userAgent,
            String forwardedFor, String body) {
    }

    public static void answer(String path, int status, String json) {
        ANSWERS.put(path, Map.entry(status, json));
    }

    /** An answer for one method only, ahead of the path's answer for every method. */
    public static void answer(String method, String path, int status, String json) {
        ANSWERS.put(method + " " + path, Map.entry(status, json));
    }

    /** Forgets the answer for one method, so the path's answer for every method applies again. */
    public static void forgetAnswer(String method, String path) {
        ANSWERS.remove(method + " " + path);
    }

    /** Holds every answer back this long, from now on; zero answers at once. */
    public static void delayEachAnswer(long millis) {
        delayMillis = millis;
    }

    /** Forgets the calls received and the most seen at once. */
    public static void forgetCalls() {
        CALLS.clear();
        MOST_IN_FLIGHT.set(0);
    }

    /** The most requests that were being answered at the same moment since {@link #forgetCalls()}. */
    public static int mostAtOnce() {
        return MOST_IN_FLIGHT.get();
    }

    public static List<Call> callsTo(String method, String path) {
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
        server.createContext("/", FakeServices::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("compact.services.districts", base, "compact.services.vendors", base,
                "compact.services.templates", base, "compact.services.signatures", base,
                "compact.services.accounts", base);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getRawQuery());
            LAST_QUERY.put(path, query);
            CALLS.add(new Call(exchange.getRequestMethod(), path, query,
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            pause();
            Map.Entry<Integer, String> answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                    ANSWERS.getOrDefault(path, Map.entry(404,
                            "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No resource at this address\"}")));
            byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.getKey() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.getKey(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            IN_FLIGHT.decrementAndGet();
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
