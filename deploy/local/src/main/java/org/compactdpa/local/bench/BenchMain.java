package org.compactdpa.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.local.PostgresServer;
import org.compactdpa.local.Workspace;

/**
 * `make bench`: the figures that matter, in one table. Against the running stack (`make run`'s):
 * adoptions per second and their latency at 8, 32 and 64 clients, adoption to the district's public
 * list, adoption to the sealed PDF and the seals per second a burst of adoptions gets; the resident
 * memory of every part afterwards. On a stack of its own (.local/bench, deleted afterwards): registry
 * search over 200,000 agreements, one query shape at a time and with 50 clients, and the database's
 * own ceiling for an adoption-shaped transaction, so each figure reads as a share of it.
 *
 * <p>Sizes come from the environment: BENCH_DISTRICTS, BENCH_OFFERS, BENCH_ROUND (adoptions per
 * round), BENCH_VISIBILITY, BENCH_BURST, BENCH_AGREEMENTS; BENCH_PARTS=adoptions,registry,ceiling runs only those.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> parts = List.of(env("BENCH_PARTS", "adoptions,registry,ceiling").split(","));
        ResultTable table = new ResultTable();
        table.note("Started " + Instant.now() + "; load average " + loadAverage() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; the stack, the bench stack and this load generator share them.");
        long started = System.nanoTime();
        if (parts.contains("adoptions")) {
            adoptions(table);
        }
        if (parts.contains("registry") || parts.contains("ceiling")) {
            progress("Starting the bench's own stack in .local/bench");
            try (BenchStack bench = BenchStack.start()) {
                if (parts.contains("registry")) {
                    registry(table, bench);
                }
                if (parts.contains("ceiling")) {
                    progress("Database ceiling: 16 connections, 10 s");
                    DatabaseCeiling.Ceiling c = DatabaseCeiling.measure(() -> bench.admin(BenchStack.SERVICE), 16, 10);
                    table.row("Database", "adoption-shaped transactions (agreement + evidence + outbox rows), 16 JDBC connections",
                            String.format("%.0f commits/s", c.perSecond()), c.failures() + " failed");
                    table.ceiling(c.perSecond());
                }
                progress("Stopping the bench stack and deleting .local/bench");
            }
        }
        table.note("Finished after " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s; load average "
                + loadAverage() + ".");
        System.out.println(table.render());
    }

    private static void adoptions(ResultTable table) {
        RunningStack run = RunningStack.read(Workspace.stateDir("run"));
        BenchHttp http = new BenchHttp(run.url("keycloak"));
        BenchCooperative cooperative = new BenchCooperative(http, run);
        SealWatch seals = new SealWatch(run, PostgresServer.APP_USER, PostgresServer.APP_PASSWORD);
        int round = Integer.parseInt(env("BENCH_ROUND", "800"));
        int burst = Integer.parseInt(env("BENCH_BURST", "1000"));
        int samples = Integer.parseInt(env("BENCH_VISIBILITY", "40"));
        int districts = Integer.parseInt(env("BENCH_DISTRICTS", "84"));
        int offers = Integer.parseInt(env("BENCH_OFFERS", "40"));
        int needed = round / 4 + round / 2 + 2 * round + samples + burst;
        if (districts * offers < needed) {
            throw new IllegalArgumentException(districts + " districts x " + offers + " offers make fewer adoptions than the "
                    + needed + " the rounds need: raise BENCH_DISTRICTS or BENCH_OFFERS");
        }
        try {
            progress("Setting up " + districts + " districts with signers and " + offers + " signed general offers (run "
                    + cooperative.run() + ")");
            List<BenchCooperative.Adopter> adopters = cooperative.districts(districts);
            List<BenchCooperative.Offer> open = cooperative.offers(offers);
            progress("Reading Exhibit E for " + districts * offers + " district/offer pairs");
            AdoptionLoad load = new AdoptionLoad(http, run, cooperative.pairs(adopters, open));

            progress("Warming up: " + round / 4 + " adoptions, 8 clients");
            load.run(round / 4, 8);
            drain(seals, table, "after the warm-up");
            for (int clients : List.of(8, 32, 64)) {
                int count = clients == 8 ? round / 2 : round;
                progress("Adoptions: " + count + " with " + clients + " clients");
                AdoptionLoad.Round r = load.run(count, clients);
                table.row("Adoptions", String.format("C=%d: %d adoptions", clients, r.requests()),
                        String.format("%.0f/s, POST p50/p95/p99 %s", r.perSecond(), r.latency().triple()),
                        r.errors() + " errors" + (r.firstError() == null ? "" : " (first: " + abbreviate(r.firstError()) + ")"));
                if (clients == 32) {
                    table.adoptionsAt32(r.perSecond());
                }
                drain(seals, table, "after C=" + clients);
            }
            progress("Adoption to the public list: " + samples + " adoptions one at a time");
            Stats visible = load.visibility(samples, run.url("districts"));
            table.row("Adoptions", "adoption answered -> product in the district's public list (" + samples
                    + ", one at a time)",
                    String.format("p50 %s ms, p99 %s ms", Stats.fmt(visible.ms(0.5)), Stats.fmt(visible.ms(0.99))), "");
            drain(seals, table, "after the public-list samples");

            progress("Seal burst: " + burst + " adoptions with 32 clients, then until every one is sealed");
            sealBurst(table, load, seals, burst);
        } finally {
            cooperative.removeSigners();
        }
        Map<String, Long> rss = run.residentMemory();
        rss.forEach((part, mib) -> table.row("Memory", "RSS of " + part + " after the adoptions", mib + " MiB", ""));
    }

    private static void sealBurst(ResultTable table, AdoptionLoad load, SealWatch seals, int burst) {
        Instant start = Instant.now();
        AdoptionLoad.Round r = load.run(burst, 32);
        List<String> ids = r.agreementIds();
        Map<UUID, Instant> sealed = Map.of();
        long waitUntil = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < waitUntil) {
            sealed = seals.sealedAt(ids);
            if (sealed.size() >= ids.size()) {
                break;
            }
            BenchCooperative.sleep(500);
        }
        Stats toSeal = new Stats();
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < ids.size(); i++) {
            Instant at = sealed.get(UUID.fromString(ids.get(i)));
            if (at != null) {
                toSeal.add(Math.max(0, Duration.between(r.answeredAt().get(i), at).toNanos()));
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        table.row("Sealing", String.format("burst of %d adoptions (sent in %.1f s, %.0f/s)", r.adopted(), r.seconds(),
                r.perSecond()), String.format("all sealed %.1f s after the burst began", last == null ? Double.NaN
                : Duration.between(start, last).toMillis() / 1000.0), sealed.size() + " of " + ids.size() + " sealed");
        double span = first == null ? Double.NaN : Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
        table.row("Sealing", "seals per second sustained (first to last seal of the burst)",
                String.format("%.0f/s", sealed.size() / span), "");
        table.row("Sealing", "adoption answered -> sealed PDF stored",
                String.format("p50 %s ms, p99 %s ms", Stats.fmt(toSeal.ms(0.5)), Stats.fmt(toSeal.ms(0.99))), "");
    }

    private static void drain(SealWatch seals, ResultTable table, String when) {
        long pending = seals.pending();
        double waited = seals.awaitDrained(240);
        progress(String.format("  seal queue %s: %d pending, %s", when, pending,
                waited < 0 ? "not drained after 240 s" : String.format("drained in %.1f s", waited)));
        if (waited < 0) {
            table.note("The seal queue was not empty 240 s " + when + "; later rounds ran with sealing in the background.");
        }
    }

    private static void registry(ResultTable table, BenchStack bench) throws Exception {
        int agreements = Integer.parseInt(env("BENCH_AGREEMENTS", "200000"));
        progress("Loading " + agreements + " agreements into the bench stack's database");
        long t0 = System.nanoTime();
        RegistryFixture.Probes probes;
        try (var connection = bench.admin(BenchStack.SERVICE)) {
            probes = new RegistryFixture().load(connection, agreements);
        }
        progress(String.format("  loaded and analysed in %.0f s", (System.nanoTime() - t0) / 1e9));
        BenchHttp http = new BenchHttp(null);
        RegistryLoad load = new RegistryLoad(http, bench.signaturesUrl());
        Map<String, String> shapes = load.shapes(probes);
        progress("Registry, one client: " + shapes.size() + " query shapes");
        for (RegistryLoad.Shape s : load.oneClient(shapes, 200, 20)) {
            table.row("Registry (" + agreements / 1000 + "k), 1 client", s.name(), "p50/p95/p99 " + s.latency().triple(),
                    s.latency().count() + " requests" + (s.errors() > 0 ? ", " + s.errors() + " errors" : ""));
        }
        progress("Registry, 50 clients, every shape, 20 s");
        RegistryLoad.Crowd crowd = load.manyClients(shapes, 50, 20);
        table.row("Registry (" + agreements / 1000 + "k), 50 clients", "all shapes in turn, 20 s",
                String.format("%.0f requests/s, p50 %s ms, p95 %s ms", crowd.perSecond(), Stats.fmt(crowd.latency().ms(0.5)),
                        Stats.fmt(crowd.latency().ms(0.95))), crowd.errors() + " errors");
        table.row("Memory", "RSS of the bench stack's signatures after the registry load",
                RunningStack.residentKib(bench.signaturesPid()) / 1024 + " MiB", "");
    }

    static void progress(String line) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
