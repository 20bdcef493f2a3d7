package org.compactdpa.local.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.compactdpa.local.bench.BenchCooperative.Pair;

/**
 * District signers adopting general offers side by side: each request is one adoption (a district
 * adopts an offer once), sent once, timed from sending to the answer.
 */
final class AdoptionLoad {

    /** What a round of adoptions gave: how many, how fast, and the ids and commit times of those that were made. */
    record Round(int concurrency, int requests, int adopted, int errors, double seconds, Stats latency,
            List<String> agreementIds, List<Instant> answeredAt, String firstError) {

        double perSecond() {
            return adopted / seconds;
        }
    }

    private final BenchHttp http;
    private final String signaturesUrl;
    private final List<Pair> unused;

    AdoptionLoad(BenchHttp http, RunningStack stack, List<Pair> pairs) {
        this.http = http;
        this.signaturesUrl = stack.url("signatures");
        this.unused = Collections.synchronizedList(new ArrayList<>(pairs));
    }

    int left() {
        return unused.size();
    }

    /** The next unused pairs; each pair is adopted once in the whole run. */
    List<Pair> take(int count) {
        synchronized (unused) {
            if (count > unused.size()) {
                throw new IllegalStateException("Only " + unused.size() + " adoptions left, " + count
                        + " wanted: raise BENCH_DISTRICTS or BENCH_OFFERS");
            }
            List<Pair> taken = new ArrayList<>(unused.subList(0, count));
            unused.subList(0, count).clear();
            return taken;
        }
    }

    Round run(int count, int concurrency) {
        List<Pair> pairs = take(count);
        Stats latency = new Stats();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Instant> answered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (Pair pair : pairs) {
            pool.submit(() -> {
                long t0 = System.nanoTime();
                BenchHttp.Answer answer;
                try {
                    answer = adopt(pair);
                } catch (RuntimeException e) {
                    answer = new BenchHttp.Answer(0, String.valueOf(e.getMessage()), null);
                }
                latency.add(System.nanoTime() - t0);
                if (answer.status() == 201) {
                    synchronized (ids) {
                        ids.add(answer.field("id"));
                        answered.add(Instant.now());
                    }
                } else {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError[0] == null) {
                            firstError[0] = answer.status() + " " + answer.body();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Adoptions did not finish within ten minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Round(concurrency, pairs.size(), ids.size(), errors.get(), seconds, latency, List.copyOf(ids),
                List.copyOf(answered), firstError[0]);
    }

    BenchHttp.Answer adopt(Pair pair) {
        return http.post(signaturesUrl + "/api/offers/" + pair.offer().agreementId() + "/adoptions",
                http.bearer(pair.adopter().signer()),
                "{\"intent\":true,\"consentToElectronicRecords\":true,\"documentSha256\":\"" + pair.exhibitSha256() + "\"}");
    }

    /**
     * Adoption to the district's public list, one adoption at a time: from the adoption's answer (it
     * has committed) until the district's list shows the product approved.
     */
    Stats visibility(int samples, String districtsUrl) {
        Stats visible = new Stats();
        for (Pair pair : take(samples)) {
            BenchHttp.Answer answer = http.expect(201, adopt(pair), "Adopting " + pair.offer().agreementId());
            long committed = System.nanoTime();
            String list = districtsUrl + "/api/districts/" + pair.adopter().districtId() + "/products?status=APPROVED&size=200";
            while (!http.get(list, null).body().contains(pair.offer().productId())) {
                if (System.nanoTime() - committed > 60_000_000_000L) {
                    throw new IllegalStateException("Adoption " + answer.field("id") + " not in the public list after 60 s");
                }
                BenchCooperative.sleep(5);
            }
            visible.add(System.nanoTime() - committed);
        }
        return visible;
    }
}
