import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load figures for a running stack (`make run`), with only the JDK: how fast districts accepts
 * writes (each one a business row plus an outbox row in one transaction), and how long an event
 * takes from the write's commit to signatures' projection (outbox relay, Kafka, inbox).
 * Run with: java deploy/local/Bench.java [requests] [concurrency] [propagation samples]
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String KEYCLOAK = env("COMPACT_KEYCLOAK_URL", "http://127.0.0.1:18080");
    static final String DISTRICTS = env("COMPACT_DISTRICTS_URL", "http://127.0.0.1:8081");
    static final String SIGNATURES = env("COMPACT_SIGNATURES_URL", "http://127.0.0.1:8084");

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String coordinator = token("coordinator");
        String admin = token("admin");

        warmUp(coordinator);
        System.out.printf("Writes: %d POST /api/districts, %d concurrent%n", requests, concurrency);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                String id = register(coordinator);
                latencies.add(System.nanoTime() - t0);
                return id;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("  throughput  %.0f writes/s (%.1f s)%n", requests / seconds, seconds);
        printPercentiles("  latency", latencies);

        System.out.printf("Propagation: districts write -> signatures projection, %d samples, one at a time%n", samples);
        List<Long> propagation = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String id = register(coordinator);
            long t0 = System.nanoTime();
            while (status(SIGNATURES + "/api/admin/directory/districts/" + id, admin) != 200) {
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    throw new IllegalStateException("District " + id + " did not reach signatures in 30 s");
                }
                Thread.onSpinWait();
            }
            propagation.add(System.nanoTime() - t0);
        }
        printPercentiles("  end to end", propagation);
    }

    static void warmUp(String token) throws Exception {
        for (int i = 0; i < 50; i++) {
            register(token);
        }
    }

    static String register(String token) throws Exception {
        String nces = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String body = "{\"name\":\"Bench District " + nces + "\",\"state\":\"MA\",\"ncesId\":\"" + nces + "\"}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(DISTRICTS + "/api/districts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            return register(token); // a random NCES id collided; draw again
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static int status(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=compact-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/compact/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.body());
        }
        return matcher.group(1);
    }

    static void printPercentiles(String label, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", label,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
