package org.compactdpa.signatures.seal;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.compactdpa.signatures.evidence.SealQueue;

/**
 * Seals executed agreements after their transaction committed, so signing never waits for a PDF.
 * Rendering and signing run on a worker thread; the database steps return to the Vert.x context.
 *
 * <p>With a time-stamping authority configured, a seal is made with its timestamp or not at all: a
 * seal is never quietly downgraded to one without. When the authority fails or does not answer in
 * time, the seal stays pending with the reason as its last error and is tried again once its lease
 * runs out; the rest of that round's seals are not tried against the same authority, so one slow
 * authority costs one timeout per round, not one per agreement.
 */
@ApplicationScoped
public class SealWorker {

    private final SealQueue queue;
    private final SealInputs inputs;
    private final SealKey key;
    private final SealConfig config;
    private final TsaClient tsa;
    private volatile boolean stopped;

    public SealWorker(SealQueue queue, SealInputs inputs, SealKey key, SealConfig config) {
        this.queue = queue;
        this.inputs = inputs;
        this.key = key;
        this.config = config;
        this.tsa = TsaClient.of(config.tsaUrl(), config.tsaTimeout());
        if (tsa.configured()) {
            Log.infof("Seals are timestamped by %s (at most %s a call)", tsa.url(), config.tsaTimeout());
        } else {
            Log.warn("No time-stamping authority configured (compact.seal.tsa-url): seals carry no trusted timestamp");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    @Scheduled(every = "${compact.seal.poll-interval:500ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (stopped) {
            return Uni.createFrom().voidItem();
        }
        return sealPending().invoke(n -> {
            if (n > 0) {
                Log.infof("Sealed %d agreement PDF(s)", n);
            }
        }).onFailure().recoverWithItem(e -> {
            // The database may be away for a moment; pending seals wait for the next round.
            Log.warnf("Sealing round failed, retrying on the next one: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** Seals what is pending now; answers how many were sealed. */
    public Uni<Integer> sealPending() {
        Context context = Vertx.currentContext();
        return queue.claim(config.batchSize(), config.lease()).flatMap(claims -> {
            AtomicReference<String> authorityDown = new AtomicReference<>();
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (SealQueue.Claim claim : claims) {
                chain = chain.flatMap(count -> authorityDown.get() != null
                        ? queue.failed(claim.agreementId(), "Not tried this round: " + authorityDown.get()).replaceWith(count)
                        : sealOne(context, claim, count, authorityDown));
            }
            return chain;
        });
    }

    private Uni<Integer> sealOne(Context context, SealQueue.Claim claim, int count, AtomicReference<String> authorityDown) {
        return inputs.of(claim)
                .flatMap(input -> offloaded(context, input))
                .flatMap(sealed -> queue.store(claim.agreementId(), issued(sealed)))
                .replaceWith(count + 1)
                .onFailure().recoverWithUni(e -> {
                    if (e instanceof TsaClient.Unavailable) {
                        authorityDown.set(e.getMessage());
                        Log.warnf("Could not timestamp the seal of agreement %s; it stays pending and is retried"
                                + " after %s: %s", claim.agreementId(), config.lease(), e.getMessage());
                    } else {
                        Log.warnf(e, "Could not seal agreement %s; it will be retried", claim.agreementId());
                    }
                    return queue.failed(claim.agreementId(), String.valueOf(e.getMessage())).replaceWith(count);
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

    /** Rendering, signing and timestamping block: a worker thread, then back to the caller's Vert.x context. */
    private Uni<PadesSeal.Sealed> offloaded(Context context, SealInput input) {
        return Uni.createFrom().item(() -> seal(input))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    PadesSeal.Sealed seal(SealInput input) {
        return PadesSeal.seal(AgreementPdf.render(input), input.executedAt(), key, tsa);
    }
}
