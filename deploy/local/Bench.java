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
 * takes from the write's commit to signatures' projection (outbox relay, Kafka, inbox), and the
 * signing path: signature requests and the time from execution to the sealed PDF.
 * Run with: java deploy/local/Bench.java [requests] [concurrency] [propagation samples] [agreements]
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
        int agreements = args.length > 3 ? Integer.parseInt(args[3]) : 20;
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

        signAndSeal(agreements, coordinator);
    }

    static final String TEMPLATES = env("COMPACT_TEMPLATES_URL", "http://127.0.0.1:8083");
    static final String SAMPLE_TEMPLATE = "7e2d9c41-5a3b-4f6e-8d1c-2b3a4c5d6e01";
    static final String MAPLE = "0b7d7f6a-1c2e-4a3b-8d4e-5f6a7b8c9d01";
    static final String READER = "5d1f0c3a-7b2e-4c4d-8e9f-0a1b2c3d4e01";

    /**
     * The signing path: each agreement signed by the vendor, then by the district (the signature
     * that executes it), then the wait until its sealed PDF is served. Sealing happens after the
     * executing signature's commit, so that request should not carry its cost.
     */
    static void signAndSeal(int count, String coordinator) throws Exception {
        System.out.printf("Signing and sealing: %d agreements, one at a time%n", count);
        String vendor = token("brightpath-signer");
        String district = token("maple-signer");
        String terms = field(send("POST", TEMPLATES + "/api/templates/" + SAMPLE_TEMPLATE + "/versions/1/terms", coordinator,
                "{}", 201), "id");
        List<Long> vendorSigning = new ArrayList<>();
        List<Long> executing = new ArrayList<>();
        List<Long> sealed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String agreement = createOnceTermsAreKnown(coordinator, terms);
            String hash = field(send("GET", SIGNATURES + "/api/agreements/" + agreement + "/document", vendor, null, 200),
                    "sha256");
            String signature = "{\"intent\":true,\"consentToElectronicRecords\":true,\"documentSha256\":\"" + hash + "\"}";
            long t0 = System.nanoTime();
            send("POST", SIGNATURES + "/api/agreements/" + agreement + "/signatures", vendor, signature, 200);
            vendorSigning.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            send("POST", SIGNATURES + "/api/agreements/" + agreement + "/signatures", district, signature, 200);
            long t2 = System.nanoTime();
            executing.add(t2 - t1);
            while (status(SIGNATURES + "/api/agreements/" + agreement + "/document.pdf", district) != 200) {
                if (System.nanoTime() - t2 > 60_000_000_000L) {
                    throw new IllegalStateException("Agreement " + agreement + " was not sealed within 60 s");
                }
                Thread.sleep(20);
            }
            sealed.add(System.nanoTime() - t2);
        }
        printPercentiles("  vendor signature request   ", vendorSigning);
        printPercentiles("  executing signature request", executing);
        printPercentiles("  executed -> sealed PDF     ", sealed);
    }

    static String createOnceTermsAreKnown(String coordinator, String terms) throws Exception {
        String body = "{\"termsId\":\"" + terms + "\",\"districtId\":\"" + MAPLE + "\",\"productIds\":[\"" + READER
                + "\"],\"generalOffer\":false}";
        long t0 = System.nanoTime();
        while (true) {
            HttpResponse<String> response = request("POST", SIGNATURES + "/api/agreements", coordinator, body);
            if (response.statusCode() == 201) {
                return field(response.body(), "id");
            }
            if (System.nanoTime() - t0 > 60_000_000_000L) {
                throw new IllegalStateException("POST /api/agreements answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(100); // the terms reach signatures by event, a moment after they are issued
        }
    }

    static String send(String method, String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = request(method, url, token, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> request(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return matcher.group(1);
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
