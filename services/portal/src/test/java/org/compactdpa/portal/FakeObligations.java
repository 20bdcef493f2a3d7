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
 * Stands in for the obligations service, apart from {@link FakeServices}, so that the obligation pages'
 * tests see exactly the calls those pages make (and that no other page makes any). Canned JSON by method
 * and path, every call kept with its body; an unknown path answers 404 like the service.
 */
public class FakeObligations implements QuarkusTestResourceLifecycleManager {

    /** Where the service answers "Obligations at a glance". */
    public static final String DASHBOARD = "/api/obligations/dashboard";
    /** The service's figures with something overdue and every next deadline set (one with an offset other than UTC). */
    public static final String DASHBOARD_FIGURES = """
            {"openIncidents":2,"noticesDue":3,"noticesOverdue":1,"nextNoticeDeadline":"2030-03-04T11:30:00+02:00",
             "noticesAwaitingAcknowledgement":4,"dispositionsOffered":5,"dispositionsOpen":6,"dispositionsOverdue":7,
             "nextDispositionDeadline":"2030-04-30T10:00:00Z","dispositionsAwaitingAcceptance":8,"auditsOpen":9,
             "nextAuditStart":"2030-03-18"}""";
    /** The service's figures when nothing is open: nothing overdue, no next deadline. */
    public static final String DASHBOARD_NOTHING = """
            {"openIncidents":0,"noticesDue":0,"noticesOverdue":0,"nextNoticeDeadline":null,
             "noticesAwaitingAcknowledgement":0,"dispositionsOffered":0,"dispositionsOpen":0,"dispositionsOverdue":0,
             "nextDispositionDeadline":null,"dispositionsAwaitingAcceptance":0,"auditsOpen":0,"nextAuditStart":null}""";

    private static final Map<String, Map.Entry<Integer, String>> ANSWERS = new ConcurrentHashMap<>();
    /** Every request received, in order of arrival. */
    public static final List<FakeServices.Call> CALLS = new CopyOnWriteArrayList<>();

    private HttpServer server;
    private ExecutorService workers;

    /** The answer to a method and path (without query). */
    public static void answer(String method, String path, int status, String json) {
        ANSWERS.put(method + " " + path, Map.entry(status, json));
    }

    /** Back to knowing nothing (every path 404), no calls remembered. */
    public static void reset() {
        ANSWERS.clear();
        CALLS.clear();
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
        server.createContext("/", FakeObligations::handle);
        server.start();
        return Map.of("compact.services.obligations", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CALLS.add(new FakeServices.Call(exchange.getRequestMethod(), path, String.valueOf(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Map.Entry<Integer, String> answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                Map.entry(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No resource at this address\"}"));
        byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.getKey() >= 400 ? "application/problem+json" : "application/json");
        if (answer.getKey() == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(answer.getKey(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
