package org.compactdpa.e2e;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.compactdpa.e2e.Cooperative.Adopter;
import org.compactdpa.e2e.Cooperative.Offer;
import org.compactdpa.local.Parallel;

/**
 * District signers adopting offers side by side, as fast as signatures answers: each request is sent
 * once (the JDK client never resends a POST) and what came back is kept, including a connection that
 * broke or a request that found no server. Requests are interleaved so that neighbours adopt
 * different offers for different districts, as real traffic would.
 */
final class AdoptionBurst {

    /** An adoption to ask for: who, which offer, and the Exhibit E hash the signer reviewed. */
    record Request(Adopter adopter, Offer offer, String exhibitSha256) {
    }

    /** What one request got: an HTTP status with the adoption's id, or no answer at all (status 0) and why. */
    record Outcome(Request request, int status, String agreementId, String contentType, String retryAfter, String body,
            String failure, long millis) {

        boolean answered() {
            return status != 0;
        }

        /** 201, or 200: the adoption the district already held. */
        boolean adopted() {
            return status == 200 || status == 201;
        }
    }

    static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final String signaturesUrl;
    private final RealmUsers realm;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger adopted = new AtomicInteger();
    private ExecutorService pool;
    private List<Future<Outcome>> futures;

    AdoptionBurst(String signaturesUrl, RealmUsers realm) {
        this.signaturesUrl = signaturesUrl;
        this.realm = realm;
    }

    /** Every adopter with every offer, ordered so that consecutive requests differ in both. */
    static List<Request> everyPair(Cooperative cooperative, List<Adopter> adopters, List<Offer> offers) {
        List<int[]> pairs = new ArrayList<>();
        for (int round = 0; round < offers.size(); round++) {
            for (int a = 0; a < adopters.size(); a++) {
                pairs.add(new int[] {a, (a + round) % offers.size()});
            }
        }
        return Parallel.map(pairs, 8, p -> new Request(adopters.get(p[0]), offers.get(p[1]),
                cooperative.exhibitHash(adopters.get(p[0]), offers.get(p[1]))));
    }

    /** Starts sending on {@code threads} threads and returns at once. */
    AdoptionBurst start(List<Request> requests, int threads) {
        pool = Executors.newFixedThreadPool(threads);
        futures = requests.stream().map(r -> pool.submit(() -> send(r))).toList();
        pool.shutdown();
        return this;
    }

    /** Requests answered or failed so far. */
    int done() {
        return done.get();
    }

    /** Requests answered 200 or 201 so far. */
    int adopted() {
        return adopted.get();
    }

    /** Every outcome, in the order the requests were planned, once all are done. */
    List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return Collections.unmodifiableList(outcomes);
    }

    /** One adoption request, sent once. */
    Outcome send(Request request) {
        String body = "{\"intent\":true,\"consentToElectronicRecords\":true,\"documentSha256\":\""
                + request.exhibitSha256() + "\"}";
        long start = System.nanoTime();
        Outcome outcome;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(signaturesUrl + "/api/offers/" + request.offer().agreementId() + "/adoptions"))
                    .timeout(HANG_GUARD)
                    .header("Authorization", realm.bearer(request.adopter().signer()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String id = response.statusCode() / 100 == 2 ? JsonPath.from(response.body()).getString("id") : null;
            outcome = new Outcome(request, response.statusCode(), id,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(), null, millisSince(start));
        } catch (HttpTimeoutException e) {
            outcome = new Outcome(request, 0, null, null, null, null, "no answer within " + HANG_GUARD.toSeconds() + " s",
                    millisSince(start));
        } catch (IOException e) {
            outcome = new Outcome(request, 0, null, null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (outcome.adopted()) {
            adopted.incrementAndGet();
        }
        done.incrementAndGet();
        return outcome;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
