package org.compactdpa.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compactdpa.e2e.AdoptionBurst.Outcome;
import org.compactdpa.e2e.AdoptionBurst.Request;
import org.compactdpa.e2e.Cooperative.Adopter;
import org.compactdpa.e2e.Cooperative.Offer;
import org.compactdpa.e2e.Ledger.Adoption;
import org.compactdpa.e2e.MixedLoad.Call;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.compactdpa.local.Parallel;

/**
 * Faults on the shared platform, with real processes: the broker stopped, signatures killed, the
 * database restarted, a consumer down, each in the middle of a burst of adoptions; afterwards every
 * adoption is counted in signatures, on the topic and in the districts' public lists. Each test
 * prints one line of what it counted (docs/operations.md, "Faults survived"). It stops and restarts
 * parts of the platform, so it runs after the other classes that share it and before CrashReportIT.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    /** 20 districts × 25 offers: the 500 adoptions of the broker outage. */
    private static final int DISTRICTS = 20;
    private static final int BROKER_OFFERS = 25;
    /** The other bursts: 20 districts × 2 offers, 40 adoptions each. */
    private static final int BURST_OFFERS = 2;
    private static final int THREADS = 8;
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(30);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final List<String> WITH_DATABASE = List.of("districts", "vendors", "templates", "signatures");

    private static Platform platform;
    private static RealmUsers realm;
    private static Cooperative cooperative;
    private static Ledger ledger;
    private static List<Adopter> adopters;
    private static Deque<Offer> unadopted;
    private static List<UUID> brokerProducts;

    @BeforeAll
    static void districtsWithSigners() throws Exception {
        platform = Platform.get();
        realm = new RealmUsers(platform.stack.keycloak().baseUrl());
        cooperative = new Cooperative(platform, realm);
        ledger = new Ledger(platform);
        long start = System.nanoTime();
        adopters = cooperative.districts(DISTRICTS);
        // Every product is registered before the first fault: after a SIGKILL the restarted signatures
        // reads no new events until its consumer group has given up on the dead member (45 s). The broker
        // outage's offers are executed only when it starts, so their seals do not queue before the others'.
        List<UUID> products = cooperative.products(3 * BURST_OFFERS + BROKER_OFFERS);
        unadopted = new ArrayDeque<>(cooperative.offers(products.subList(0, 3 * BURST_OFFERS)));
        brokerProducts = products.subList(3 * BURST_OFFERS, products.size());
        System.out.printf("FAULT set-up: %d districts with a signer each, %d products, %d open offers in %.1fs%n",
                DISTRICTS, products.size(), unadopted.size(), millisSince(start) / 1000.0);
    }

    /** Offers nobody has adopted yet. */
    private static List<Offer> unadopted(int count) {
        List<Offer> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(unadopted.remove());
        }
        return taken;
    }

    @Test
    @Order(1)
    void signaturesKilledInABurstCommitsEachAdoptionOnceAndSealsAndChainsThemAll() throws Exception {
        List<Offer> offers = unadopted(BURST_OFFERS);
        List<Request> requests = AdoptionBurst.everyPair(cooperative, adopters, offers);
        AdoptionBurst burst = new AdoptionBurst(platform.url("signatures"), realm).start(requests, THREADS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() ->
                burst.adopted() >= requests.size() / 3);
        long killed = System.nanoTime();
        platform.stack.killService("signatures");
        List<Outcome> outcomes = burst.outcomes();
        platform.stack.startService("signatures");
        long restartMillis = millisSince(killed);

        List<Outcome> answered = outcomes.stream().filter(Outcome::answered).toList();
        assertThat(answered).as("answers before the kill").allSatisfy(o ->
                assertThat(o.status()).as(o.body()).isEqualTo(201));
        List<Outcome> refused = outcomes.stream().filter(o -> !o.answered() && isRefusal(o.failure())).toList();
        List<Outcome> cutOff = outcomes.stream().filter(o -> !o.answered() && !isRefusal(o.failure())).toList();
        Map<List<UUID>, UUID> committedBefore = byPair(ledger.adoptionsOf(offers));
        long cutOffButCommitted = cutOff.stream().filter(o -> committedBefore.containsKey(pair(o.request()))).count();
        long refusedButCommitted = refused.stream().filter(o -> committedBefore.containsKey(pair(o.request()))).count();

        // A signer whose request broke asks again: the same adoption if it was committed, else a new one.
        AdoptionBurst retry = new AdoptionBurst(platform.url("signatures"), realm);
        List<Outcome> retried = Parallel.map(Stream.concat(refused.stream(), cutOff.stream()).map(Outcome::request)
                .toList(), THREADS, retry::send);
        for (Outcome again : retried) {
            UUID before = committedBefore.get(pair(again.request()));
            assertThat(again.status()).as(again.body()).isEqualTo(before == null ? 201 : 200);
            if (before != null) {
                assertThat(again.agreementId()).isEqualTo(before.toString());
            }
        }
        List<Adoption> committed = ledger.adoptionsOf(offers);
        Map<List<UUID>, UUID> byPair = byPair(committed);
        List<Outcome> lost = answered.stream().filter(o -> !String.valueOf(byPair.get(pair(o.request())))
                .equals(o.agreementId())).toList();
        List<UUID> touched = new ArrayList<>(Ledger.ids(committed));
        offers.forEach(o -> touched.add(o.agreementId()));
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() -> ledger.sealed(touched) == touched.size());
        long intact = touched.stream().filter(FaultsIT::chainIntact).count();
        Map<UUID, Long> entries = ledger.adoptedEntries(offers);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() ->
                ledger.publicListLines(committed).size() == committed.size());
        Map<UUID, List<String>> events = ledger.adoptedEvents(committed);
        Map<UUID, Long> lines = ledger.publicListLines(committed);
        System.out.printf("FAULT signatures-kill: requests=%d answered-201=%d in-flight-cut-off=%d (committed %d)"
                        + " refused-while-down=%d (committed %d) retried=%d (200 %d, 201 %d) committed=%d duplicates=%d"
                        + " lost=%d half-written=%d sealed=%d/%d chains-intact=%d/%d published=%d resent=%d"
                        + " public-list rows=%d restart=%.1fs%n",
                requests.size(), answered.size(), cutOff.size(), cutOffButCommitted, refused.size(), refusedButCommitted,
                retried.size(), retried.stream().filter(o -> o.status() == 200).count(),
                retried.stream().filter(o -> o.status() == 201).count(), committed.size(),
                Ledger.doubles(Ledger.perOfferAndDistrict(committed)), lost.size(),
                ledger.halfWritten(committed), ledger.sealed(touched), touched.size(), intact, touched.size(),
                events.size(), Ledger.resent(events), sum(lines), restartMillis / 1000.0);

        assertThat(lost).as("201 answers whose adoption is not there").isEmpty();
        assertThat(refusedButCommitted).as("refused connections commit nothing").isZero();
        assertThat(committed).hasSize(requests.size());
        assertThat(Ledger.doubles(Ledger.perOfferAndDistrict(committed))).isZero();
        assertThat(ledger.halfWritten(committed)).isZero();
        assertThat(intact).as("evidence chains intact").isEqualTo(touched.size());
        assertThat(entries).as("ADOPTED entries on each offer's trail").hasSize(offers.size())
                .allSatisfy((offer, n) -> assertThat(n).isEqualTo(committed.stream()
                        .filter(a -> a.offerId().equals(offer)).count()));
        assertThat(events).hasSize(committed.size());
        assertThat(Ledger.announcedTwice(events)).isZero();
        assertExactlyOnce(lines, committed, "public-list line");
    }

    @Test
    @Order(2)
    void districtsStoppedForAWholeBurstCatchesUpWhenStarted() throws Exception {
        List<Offer> offers = unadopted(BURST_OFFERS);
        List<Request> requests = AdoptionBurst.everyPair(cooperative, adopters, offers);
        int deadLettersBefore = ledger.deadLetters("districts");
        List<Outcome> outcomes;
        platform.stack.stopService("districts");
        long started;
        try {
            outcomes = new AdoptionBurst(platform.url("signatures"), realm).start(requests, THREADS).outcomes();
        } finally {
            long starting = System.nanoTime();
            platform.stack.startService("districts");
            started = starting;
        }
        List<Adoption> committed = ledger.adoptionsOf(offers);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() ->
                ledger.publicListLines(committed).size() == committed.size());
        long caughtUp = millisSince(started);
        Map<UUID, Long> lines = ledger.publicListLines(committed);
        Map<UUID, Long> coverage = ledger.coverageRows(committed);
        Map<UUID, List<String>> events = ledger.adoptedEvents(committed);
        int deadLetters = ledger.deadLetters("districts") - deadLettersBefore;
        System.out.printf("FAULT consumer-down: requests=%d answered-201=%d committed=%d published=%d"
                        + " public-list rows=%d duplicates=%d dead-letters=%d caught-up=%.1fs after start (start included)%n",
                requests.size(), outcomes.stream().filter(o -> o.status() == 201).count(), committed.size(),
                events.size(), sum(lines), Ledger.doubles(lines) + Ledger.doubles(coverage), deadLetters,
                caughtUp / 1000.0);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.failure() + " " + o.body()).isEqualTo(201));
        assertThat(committed).hasSize(requests.size());
        assertThat(events).hasSize(committed.size());
        assertExactlyOnce(lines, committed, "public-list line");
        assertExactlyOnce(coverage, committed, "coverage row");
        assertThat(deadLetters).isZero();
        assertEachDistrictListsItsAdoptions(committed);
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadAnswers503UntilBackAndLeavesNothingHalfWritten() throws Exception {
        List<Offer> offers = unadopted(BURST_OFFERS);
        List<Request> requests = AdoptionBurst.everyPair(cooperative, adopters, offers);
        Map<String, Long> pids = WITH_DATABASE.stream().collect(Collectors.toMap(s -> s,
                s -> platform.stack.process(s).pid()));
        int deadLettersBefore = ledger.deadLetters("districts");
        MixedLoad load = new MixedLoad(platform, realm, requests, 8_000_000 + (int) (Math.random() * 900_000)).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() ->
                load.adoptionOutcomes().stream().filter(Outcome::adopted).count() >= requests.size() / 4);

        long stopped = System.nanoTime();
        Set<String> down = ConcurrentHashMap.newKeySet();
        platform.stack.postgres().stop();
        long restarted;
        try {
            // Until every service with a database has said so on its readiness probe and answered a call 503.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
                WITH_DATABASE.stream().filter(s -> !down.contains(s) && readiness(s) == 503).forEach(down::add);
                return down.size() == WITH_DATABASE.size() && WITH_DATABASE.stream().allMatch(s -> load.calls().stream()
                        .anyMatch(c -> c.service().equals(s) && c.sentAtNanos() > stopped && c.status() == 503));
            });
        } finally {
            platform.stack.postgres().start();
            restarted = System.nanoTime();
        }
        long outageMillis = (restarted - stopped) / 1_000_000;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                WITH_DATABASE.stream().allMatch(s -> readiness(s) == 200 && load.calls().stream().anyMatch(c ->
                        c.service().equals(s) && c.sentAtNanos() > restarted && c.status() / 100 == 2)));
        long recoveredMillis = millisSince(restarted);
        load.stop();

        List<Call> calls = load.calls();
        List<Call> during = calls.stream().filter(c -> c.sentAtNanos() >= stopped && c.sentAtNanos() < restarted).toList();
        List<Call> refusedProperly = calls.stream().filter(c -> c.status() == 503
                && c.contentType().startsWith("application/problem+json") && c.retryAfter() != null).toList();
        List<Call> otherFailures = calls.stream().filter(c -> c.status() / 100 != 2 && !refusedProperly.contains(c))
                .toList();
        long slowest = during.stream().mapToLong(Call::millis).max().orElse(0);

        // Every adoption answered 503 (or not at all) is asked for again, and those the load did not get to
        // are asked for now; each is then held exactly once.
        List<Request> again = Stream.concat(load.adoptionOutcomes().stream().filter(o -> !o.adopted())
                .map(Outcome::request), load.unsent().stream()).toList();
        AdoptionBurst retry = new AdoptionBurst(platform.url("signatures"), realm);
        List<Outcome> retried = Parallel.map(again, THREADS, retry::send);
        long refusedButCommitted = retried.stream().filter(o -> o.status() == 200).count();
        List<Adoption> committed = ledger.adoptionsOf(offers);
        // Every registration that got no 201 is sent again: 201, or 409 if it had committed after all.
        List<MixedLoad.Registered> registrations = load.registrations();
        List<Call> registeredAgain = Parallel.map(registrations.stream().filter(r -> r.call().status() != 201)
                .map(MixedLoad.Registered::registration).toList(), THREADS, r ->
                load.send("districts", "registration", load.registration(r)));
        List<UUID> registrationIds = registrations.stream().map(r -> r.registration().id()).toList();
        long registered = ledger.count("districts", "select count(*) from district where id = any(?)", registrationIds);
        long registeredUnannounced = ledger.count("districts", "select count(*) from district d where d.id = any(?)"
                + " and not exists (select 1 from outbox_event o where o.aggregate_id = d.id::text"
                + " and o.event_type = 'org.compactdpa.district.registered.v1')", registrationIds);
        List<UUID> touched = new ArrayList<>(Ledger.ids(committed));
        offers.forEach(o -> touched.add(o.agreementId()));
        long intact = touched.stream().filter(FaultsIT::chainIntact).count();
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() ->
                ledger.publicListLines(committed).size() == committed.size());
        Map<UUID, Long> lines = ledger.publicListLines(committed);
        int deadLetters = ledger.deadLetters("districts") - deadLettersBefore;
        Map<String, Long> pidsAfter = WITH_DATABASE.stream().collect(Collectors.toMap(s -> s,
                s -> platform.stack.process(s).pid()));
        System.out.printf("FAULT postgres-restart: calls=%d during-outage=%d answered-503-problem=%d other-failures=%d"
                        + " slowest-during-outage=%dms readiness DOWN %d/4 then UP 4/4 outage=%.1fs recovered=%.1fs"
                        + " adoptions committed=%d (503-but-committed %d) registrations=%d (503-but-committed %d) stored=%d"
                        + " unannounced=%d"
                        + " half-written=%d chains-intact=%d/%d public-list rows=%d duplicates=%d dead-letters=%d"
                        + " services restarted=%d%n",
                calls.size(), during.size(), refusedProperly.size(), otherFailures.size(), slowest,
                down.size(), outageMillis / 1000.0,
                recoveredMillis / 1000.0, committed.size(), refusedButCommitted, registrations.size(),
                registeredAgain.stream().filter(c -> c.status() == 409).count(), registered,
                registeredUnannounced, ledger.halfWritten(committed), intact, touched.size(), sum(lines),
                Ledger.doubles(lines), deadLetters, pids.entrySet().stream()
                        .filter(e -> !e.getValue().equals(pidsAfter.get(e.getKey()))).count());

        assertThat(otherFailures).as("answers other than 2xx and 503 problem+json with Retry-After")
                .extracting(c -> c.service() + " " + c.what() + " " + c.status() + " " + c.failure() + " " + c.body())
                .isEmpty();
        assertThat(slowest).as("the longest call during the outage, ms").isLessThan(AdoptionBurst.HANG_GUARD.toMillis());
        assertThat(pidsAfter).as("no service restarted").isEqualTo(pids);
        assertThat(retried).allSatisfy(o -> assertThat(o.status()).as(o.body()).isIn(200, 201));
        assertThat(committed).hasSize(requests.size());
        assertThat(Ledger.doubles(Ledger.perOfferAndDistrict(committed))).isZero();
        assertThat(ledger.halfWritten(committed)).isZero();
        assertThat(registeredAgain).allSatisfy(c -> assertThat(c.status()).as(c.body()).isIn(201, 409));
        assertThat(registered).isEqualTo(registrations.size());
        assertThat(registeredUnannounced).isZero();
        assertThat(intact).isEqualTo(touched.size());
        assertExactlyOnce(lines, committed, "public-list line");
        assertThat(deadLetters).isZero();
    }

    /** Last: its 500 adoptions leave 500 seals to make, which would slow the other scenarios down. */
    @Test
    @Order(4)
    void adoptionsMadeWhileTheBrokerIsStoppedReachThePublicListsExactlyOnce() throws Exception {
        List<Offer> offers = cooperative.offers(brokerProducts);
        List<Request> requests = AdoptionBurst.everyPair(cooperative, adopters, offers);
        int deadLettersBefore = ledger.deadLetters("districts");

        AdoptionBurst burst = new AdoptionBurst(platform.url("signatures"), realm).start(requests, THREADS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> burst.adopted() >= 25);
        long stopped = System.nanoTime();
        platform.stack.kafka().stop();
        int adoptedBeforeStop = burst.adopted();
        List<Outcome> outcomes;
        long waitingDuringOutage;
        try {
            outcomes = burst.outcomes();
            waitingDuringOutage = ledger.outboxRows(ledger.adoptionsOf(offers))[1];
            // The outage the scenario prescribes: the broker stays away 30 s, however soon the burst ends.
            long left = BROKER_OUTAGE.toMillis() - millisSince(stopped);
            if (left > 0) {
                Thread.sleep(left);
            }
        } finally {
            platform.stack.startKafka();
        }
        long restarted = System.nanoTime();

        assertThat(outcomes).as("adopting needs no broker").allSatisfy(o ->
                assertThat(o.status()).as(o.failure() + " " + o.body()).isEqualTo(201));
        List<Adoption> committed = ledger.adoptionsOf(offers);
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() ->
                ledger.publicListLines(committed).size() == committed.size());
        long caughtUp = millisSince(restarted);

        Map<UUID, Long> lines = ledger.publicListLines(committed);
        Map<UUID, Long> coverage = ledger.coverageRows(committed);
        Map<UUID, List<String>> events = ledger.adoptedEvents(committed);
        long[] outbox = ledger.outboxRows(committed);
        int deadLetters = ledger.deadLetters("districts") - deadLettersBefore;
        System.out.printf("FAULT broker-stop: requests=%d answered-201=%d committed=%d committed-before-stop=%d"
                        + " waiting-in-outbox-during-outage=%d published=%d resent=%d announced-twice=%d"
                        + " public-list rows=%d duplicates=%d dead-letters=%d outage=%ds caught-up=%.1fs after restart%n",
                requests.size(), outcomes.stream().filter(o -> o.status() == 201).count(), committed.size(),
                adoptedBeforeStop, waitingDuringOutage, events.size(), Ledger.resent(events), Ledger.announcedTwice(events),
                sum(lines), Ledger.doubles(lines) + Ledger.doubles(coverage), deadLetters, BROKER_OUTAGE.toSeconds(),
                caughtUp / 1000.0);

        assertThat(committed).hasSize(requests.size());
        assertThat(Ledger.doubles(Ledger.perOfferAndDistrict(committed))).isZero();
        assertThat(waitingDuringOutage).as("adopted events waiting in the outbox while the broker was away").isPositive();
        assertThat(outbox).as("outbox rows, unpublished").containsExactly(committed.size(), 0);
        assertThat(events).hasSize(committed.size());
        assertThat(Ledger.announcedTwice(events)).isZero();
        assertExactlyOnce(lines, committed, "public-list line");
        assertExactlyOnce(coverage, committed, "coverage row");
        assertThat(deadLetters).isZero();
        assertEachDistrictListsItsAdoptions(committed);
    }

    /** What a parent sees: each district's public list, through the API, names the agreements it adopted. */
    private static void assertEachDistrictListsItsAdoptions(List<Adoption> adoptions) {
        for (Adopter adopter : adopters) {
            List<String> adopted = adoptions.stream().filter(a -> a.districtId().equals(adopter.districtId()))
                    .map(a -> a.id().toString()).toList();
            List<String> listed = given().baseUri(platform.url("districts")).queryParam("status", "APPROVED")
                    .queryParam("size", 200).when().get("/api/districts/" + adopter.districtId() + "/products")
                    .then().statusCode(200).extract().path("items.agreementId");
            assertThat(listed).as(adopter.name()).containsAll(adopted);
        }
    }

    private static void assertExactlyOnce(Map<UUID, Long> counts, List<Adoption> adoptions, String what) {
        assertThat(counts.keySet()).as(what + "s").containsExactlyInAnyOrderElementsOf(Ledger.ids(adoptions));
        assertThat(counts).allSatisfy((id, n) -> assertThat(n).as(what + "s of " + id).isOne());
    }

    /** signatures' own check of an agreement's evidence trail: the hash chain recomputed from the stored rows. */
    private static boolean chainIntact(UUID agreement) {
        return given().baseUri(platform.url("signatures")).header("Authorization", realm.bearer("admin"))
                .when().get("/api/agreements/" + agreement + "/evidence/verify")
                .then().statusCode(200).extract().<Boolean>path("intact");
    }

    private static int readiness(String service) {
        return given().baseUri(platform.url(service)).when().get("/q/health/ready").statusCode();
    }

    /** The connection was refused: the request never reached a server. */
    private static boolean isRefusal(String failure) {
        return failure != null && failure.startsWith(ConnectException.class.getSimpleName());
    }

    private static List<UUID> pair(Request request) {
        return List.of(request.offer().agreementId(), request.adopter().districtId());
    }

    private static Map<List<UUID>, UUID> byPair(List<Adoption> adoptions) {
        return adoptions.stream().collect(Collectors.toMap(a -> List.of(a.offerId(), a.districtId()), Adoption::id));
    }

    private static long sum(Map<UUID, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
