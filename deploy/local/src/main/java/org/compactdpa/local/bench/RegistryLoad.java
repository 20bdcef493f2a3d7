package org.compactdpa.local.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registry searches as the public makes them, one query shape at a time with one client, then all
 * shapes mixed with many clients at once.
 */
final class RegistryLoad {

    /** One shape's single-client figures. */
    record Shape(String name, String query, Stats latency, int errors) {
    }

    /** The many-clients figures. */
    record Crowd(int clients, double seconds, long requests, int errors, Stats latency) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private final BenchHttp http;
    private final String base;

    RegistryLoad(BenchHttp http, String signaturesUrl) {
        this.http = http;
        this.base = signaturesUrl + "/api/registry/agreements";
    }

    /** The query shapes over the fixture: each filter alone, the commonest and a rare data element, text, combined, deep. */
    Map<String, String> shapes(RegistryFixture.Probes p) {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("newest first, no filter", "");
        shapes.put("state", "state=MA");
        shapes.put("state + status", "state=NH&status=EXECUTED");
        shapes.put("district", "districtId=" + p.district());
        shapes.put("vendor", "vendorId=" + p.vendor());
        shapes.put("product", "productId=" + p.product());
        shapes.put("data element, commonest (STUDENT_NAME)", "dataElement=STUDENT_NAME");
        shapes.put("data element, rare (TRANSPORTATION)", "dataElement=TRANSPORTATION");
        shapes.put("text, rare (a vendor's name)", "q=" + BenchHttp.enc(p.rareText()));
        shapes.put("text, common (\"" + p.commonText() + "\")", "q=" + BenchHttp.enc(p.commonText()));
        shapes.put("state + status + element + text", "state=MA&status=EXECUTED&dataElement=STUDENT_NAME&q="
                + BenchHttp.enc(p.commonText()));
        shapes.put("deep page by number (page 400)", "page=400");
        // A cursor 10,000 agreements deep, when the registry hands out cursors (keyset paging).
        BenchHttp.Answer deep = http.get(base + "?page=499", null);
        String cursor = deep.status() == 200 ? BenchHttp.field(deep.body(), "next") : null;
        if (cursor != null) {
            shapes.put("deep page by cursor (10,000 in)", "after=" + BenchHttp.enc(cursor));
        }
        return shapes;
    }

    /** Each shape alone: a few unmeasured requests, then up to {@code requests} or {@code maxSeconds}, whichever ends first. */
    List<Shape> oneClient(Map<String, String> shapes, int requests, int maxSeconds) {
        List<Shape> results = new ArrayList<>();
        shapes.forEach((name, query) -> {
            for (int i = 0; i < 20; i++) {
                http.get(url(query), null);
            }
            Stats latency = new Stats();
            int errors = 0;
            long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
            for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                long t0 = System.nanoTime();
                int status = http.get(url(query), null).status();
                latency.add(System.nanoTime() - t0);
                if (status != 200) {
                    errors++;
                }
            }
            results.add(new Shape(name, query, latency, errors));
        });
        return results;
    }

    /** {@code clients} at once for {@code seconds}, each going round all shapes from its own starting point. */
    Crowd manyClients(Map<String, String> shapes, int clients, int seconds) {
        List<String> queries = new ArrayList<>(shapes.values());
        Stats latency = new Stats();
        AtomicLong done = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.get(url(queries.get(i % queries.size())), null).status();
                    } catch (RuntimeException e) {
                        status = 0;
                    }
                    latency.add(System.nanoTime() - t0);
                    done.incrementAndGet();
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Crowd(clients, (System.nanoTime() - start) / 1e9, done.get(), errors.get(), latency);
    }

    private String url(String query) {
        return query.isEmpty() ? base : base + "?" + query;
    }
}
