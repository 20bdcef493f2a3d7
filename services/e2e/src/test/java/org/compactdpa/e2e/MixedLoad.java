package org.compactdpa.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady traffic on every service with a database until told to stop: adoptions (signatures), district
 * registrations (districts), reads of a vendor (vendors) and of a template (templates). Each answer is
 * kept with its service, status, content type, Retry-After and time taken, and when it was sent.
 */
final class MixedLoad {

    /** One call and its answer; status 0 when there was none (see {@code failure}). */
    record Call(String service, String what, long sentAtNanos, int status, String contentType, String retryAfter,
            String body, String failure, long millis) {

        boolean answered() {
            return status != 0;
        }
    }

    /** A district registration: its id is chosen by the caller, so a retry is the same request. */
    record Registration(UUID id, String nces) {
    }

    /** A registration and what the first attempt got. */
    record Registered(Registration registration, Call call) {
    }

    private final Platform platform;
    private final RealmUsers realm;
    private final AdoptionBurst adoptions;
    private final Queue<AdoptionBurst.Request> pendingAdoptions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Queue<AdoptionBurst.Outcome> adoptionOutcomes = new ConcurrentLinkedQueue<>();
    private final Queue<Registered> registrations = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger nces = new AtomicInteger();
    private ExecutorService pool;

    MixedLoad(Platform platform, RealmUsers realm, List<AdoptionBurst.Request> adoptionRequests, int firstNces) {
        this.platform = platform;
        this.realm = realm;
        this.adoptions = new AdoptionBurst(platform.url("signatures"), realm);
        this.pendingAdoptions = new ConcurrentLinkedQueue<>(adoptionRequests);
        this.nces.set(firstNces);
    }

    /** One thread per kind of call, each calling again as soon as it has an answer. */
    MixedLoad start() {
        List<Runnable> kinds = List.of(this::adopt, this::adopt, this::register, this::readVendor, this::readTemplate);
        pool = Executors.newFixedThreadPool(kinds.size());
        for (Runnable kind : kinds) {
            pool.submit(() -> {
                while (running.get()) {
                    kind.run();
                }
            });
        }
        return this;
    }

    /** Stops sending and waits for the calls under way. */
    void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("load did not stop within 60 s");
        }
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    List<AdoptionBurst.Outcome> adoptionOutcomes() {
        return new ArrayList<>(adoptionOutcomes);
    }

    /** Planned adoptions the load never got round to asking for. */
    List<AdoptionBurst.Request> unsent() {
        return new ArrayList<>(pendingAdoptions);
    }

    List<Registered> registrations() {
        return new ArrayList<>(registrations);
    }

    private void adopt() {
        AdoptionBurst.Request request = pendingAdoptions.poll();
        if (request == null) {
            // Every planned adoption was asked for: keep signatures busy with the list of open offers.
            call("signatures", "offers", HttpRequest.newBuilder(URI.create(platform.url("signatures") + "/api/offers?size=5")));
            return;
        }
        long sent = System.nanoTime();
        AdoptionBurst.Outcome outcome = adoptions.send(request);
        adoptionOutcomes.add(outcome);
        calls.add(new Call("signatures", "adoption", sent, outcome.status(), outcome.contentType(), outcome.retryAfter(),
                outcome.body(), outcome.failure(), outcome.millis()));
    }

    private void register() {
        Registration registration = new Registration(UUID.randomUUID(), String.valueOf(nces.getAndIncrement()));
        Call call = send("districts", "registration", registration(registration));
        calls.add(call);
        registrations.add(new Registered(registration, call));
    }

    /** The registration request; sent again unchanged, it finds the district it made (409) if that committed. */
    HttpRequest.Builder registration(Registration registration) {
        String body = "{\"id\":\"" + registration.id() + "\",\"name\":\"Outage District " + registration.nces()
                + "\",\"state\":\"MA\",\"ncesId\":\"" + registration.nces() + "\"}";
        return HttpRequest.newBuilder(URI.create(platform.url("districts") + "/api/districts"))
                .header("Authorization", realm.bearer("coordinator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private void readVendor() {
        call("vendors", "vendor", HttpRequest.newBuilder(URI.create(platform.url("vendors") + "/api/vendors/"
                + Cooperative.BRIGHTPATH)));
    }

    private void readTemplate() {
        call("templates", "template", HttpRequest.newBuilder(URI.create(platform.url("templates") + "/api/templates/"
                + Platform.DEMO_TEMPLATE)).header("Authorization", realm.bearer("coordinator")));
    }

    private void call(String service, String what, HttpRequest.Builder request) {
        calls.add(send(service, what, request));
    }

    /** Sends once, with the same hang guard as the adoption burst. */
    Call send(String service, String what, HttpRequest.Builder request) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(AdoptionBurst.HANG_GUARD).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Call(service, what, sent, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(), null, millisSince(sent));
        } catch (HttpTimeoutException e) {
            return new Call(service, what, sent, 0, null, null, null,
                    "no answer within " + AdoptionBurst.HANG_GUARD.toSeconds() + " s", millisSince(sent));
        } catch (IOException e) {
            return new Call(service, what, sent, 0, null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    millisSince(sent));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
