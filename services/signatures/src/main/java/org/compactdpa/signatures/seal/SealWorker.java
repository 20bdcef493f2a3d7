package org.compactdpa.signatures.seal;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.compactdpa.signatures.evidence.SealQueue;

/**
 * Seals executed agreements after their transaction committed, so signing never waits for a PDF.
 * Each round claims a batch of pending seals (with a lease, so several instances share the queue)
 * and makes them side by side on a bounded pool of sealing threads, one per core by default
 * ({@code compact.seal.workers}): rendering, signing and timestamping run there, each seal's database
 * steps on a Vert.x context of its own. A full batch is followed by the next round at once, so a
 * burst is sealed as fast as the cores allow, not one batch per poll.
 *
 * <p>With a time-stamping authority configured, a seal is made with its timestamp or not at all: a
 * seal is never quietly downgraded to one without. When the authority fails or does not answer in
 * time, the seal stays pending with the reason as its last error and is tried again once its lease
 * runs out; the seals of that round not yet started are not tried against the same authority, so one
 * slow authority costs a timeout per worker and round, not one per agreement. Each seal asks the
 * authority once: the room its token needs is learned from the tokens before ({@link SealSpace}).
 */
@ApplicationScoped
public class SealWorker {

    /** How many seals one round claimed and how many of them it stored. */
    private record Round(int claimed, int sealed) {
    }

    private final SealQueue queue;
    private final SealInputs inputs;
    private final SealKey key;
    private final SealConfig config;
    private final TsaClient tsa;
    private final Vertx vertx;
    private final SealSpace space = new SealSpace();
    private final int workers;
    private final int batch;
    private final ExecutorService sealers;
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger busiest = new AtomicInteger();
    private volatile boolean stopped;

    public SealWorker(SealQueue queue, SealInputs inputs, SealKey key, SealConfig config, Vertx vertx) {
        this.queue = queue;
        this.inputs = inputs;
        this.key = key;
        this.config = config;
        this.vertx = vertx;
        this.tsa = TsaClient.of(config.tsaUrl(), config.tsaTimeout());
        this.workers = Math.max(1, config.workers().orElse(Runtime.getRuntime().availableProcessors()));
        this.batch = Math.max(config.batchSize(), 4 * workers);
        AtomicInteger number = new AtomicInteger();
        this.sealers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "compact-seal-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // The standard fonts' metrics and the system font lookup load once, here, not in the first seal.
        sealers.submit(AgreementPdf::loadFonts);
        if (tsa.configured()) {
            Log.infof("Seals are timestamped by %s (at most %s a call); %d sealing thread(s)", tsa.url(),
                    config.tsaTimeout(), workers);
        } else {
            Log.warnf("No time-stamping authority configured (compact.seal.tsa-url): seals carry no trusted timestamp;"
                    + " %d sealing thread(s)", workers);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        sealers.shutdown();
    }

    @Scheduled(every = "${compact.seal.poll-interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (stopped) {
            return Uni.createFrom().voidItem();
        }
        return sealPending().invoke(n -> {
            if (n > 0) {
                Log.infof("Sealed %d agreement PDF(s), at most %d at once", n, busiest.get());
            }
        }).onFailure().recoverWithItem(e -> {
            // The database may be away for a moment; pending seals wait for the next round.
            Log.warnf("Sealing round failed, retrying on the next one: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** Seals what is pending now, round after round while rounds come back full; answers how many were sealed. */
    public Uni<Integer> sealPending() {
        Context origin = Vertx.currentContext() != null ? Vertx.currentContext() : ownContext();
        return Multi.createBy().repeating().uni(() -> round(origin))
                .whilst(round -> round.claimed() == batch && !stopped)
                .collect().with(Collectors.summingInt(Round::sealed));
    }

    /** One batch: claimed in one transaction, sealed on the pool; ends back on {@code origin}. */
    private Uni<Round> round(Context origin) {
        return queue.claim(batch, config.lease()).flatMap(claims -> sealAll(claims)
                .map(sealed -> new Round(claims.size(), sealed))
                .emitOn(command -> origin.runOnContext(ignored -> command.run())));
    }

    private Uni<Integer> sealAll(List<SealQueue.Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        AtomicReference<String> authorityDown = new AtomicReference<>();
        return Multi.createFrom().iterable(claims)
                .onItem().transformToUni(claim -> onOwnContext(() -> sealOne(claim, authorityDown)))
                // Twice as many seals under way as threads: while one waits for the database, another
                // has its thread, so the cores stay busy without more threads than cores.
                .merge(2 * workers)
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    private Uni<Integer> sealOne(SealQueue.Claim claim, AtomicReference<String> authorityDown) {
        if (authorityDown.get() != null) {
            return queue.failed(claim.agreementId(), "Not tried this round: " + authorityDown.get()).replaceWith(0);
        }
        Context context = Vertx.currentContext();
        return inputs.of(claim)
                .flatMap(input -> offloaded(context, input))
                .flatMap(sealed -> queue.store(claim.agreementId(), issued(sealed)))
                .replaceWith(1)
                .onFailure().recoverWithUni(e -> {
                    if (e instanceof TsaClient.Unavailable) {
                        authorityDown.set(e.getMessage());
                        Log.warnf("Could not timestamp the seal of agreement %s; it stays pending and is retried"
                                + " after %s: %s", claim.agreementId(), config.lease(), e.getMessage());
                    } else {
                        Log.warnf(e, "Could not seal agreement %s; it will be retried", claim.agreementId());
                    }
                    return queue.failed(claim.agreementId(), String.valueOf(e.getMessage())).replaceWith(0);
                });
    }

    private static SealQueue.Issued issued(PadesSeal.Sealed sealed) {
        SealTimestamp timestamp = sealed.timestamp();
        return new SealQueue.Issued(sealed.pdf(), SealQueue.sha256(sealed.cms()),
                timestamp == null ? null : timestamp.time(), timestamp == null ? null : timestamp.authority());
    }

    /**
     * Renders and seals an agreement again from what is stored, without storing it: an audit that the
     * stored file is reproducible. It gives the same bytes as long as the key is the same and seals
     * carry no timestamp; a timestamp is new on every call, so with one only the rendered document,
     * the file's first revision, is the same.
     */
    public Uni<byte[]> reseal(UUID agreementId) {
        Context context = Vertx.currentContext();
        return queue.claimOf(agreementId).flatMap(inputs::of).flatMap(input -> offloaded(context, input))
                .map(PadesSeal.Sealed::pdf);
    }

    /** The most seals this instance has had in the making at once since it started. */
    public int busiest() {
        return busiest.get();
    }

    /** Rendering, signing and timestamping block: a sealing thread, then back to the caller's Vert.x context. */
    private Uni<PadesSeal.Sealed> offloaded(Context context, SealInput input) {
        return Uni.createFrom().item(() -> seal(input))
                .runSubscriptionOn(sealers)
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    PadesSeal.Sealed seal(SealInput input) {
        busiest.accumulateAndGet(busy.incrementAndGet(), Math::max);
        try {
            return PadesSeal.seal(AgreementPdf.render(input), input.executedAt(), key, tsa, space);
        } finally {
            busy.decrementAndGet();
        }
    }

    /** Each seal's database steps run in a session of their own: a Vert.x context of their own. */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context context = ownContext();
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get().subscribe()
                .with(emitter::complete, emitter::fail)));
    }

    private Context ownContext() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
    }
}
