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
import org.compactdpa.signatures.evidence.SealQueue;

/**
 * Seals executed agreements after their transaction committed, so signing never waits for a PDF.
 * Rendering and signing run on a worker thread; the database steps return to the Vert.x context.
 */
@ApplicationScoped
public class SealWorker {

    private final SealQueue queue;
    private final SealInputs inputs;
    private final SealKey key;
    private final SealConfig config;
    private volatile boolean stopped;

    public SealWorker(SealQueue queue, SealInputs inputs, SealKey key, SealConfig config) {
        this.queue = queue;
        this.inputs = inputs;
        this.key = key;
        this.config = config;
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
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (SealQueue.Claim claim : claims) {
                chain = chain.flatMap(count -> inputs.of(claim)
                        .flatMap(input -> offloaded(context, input))
                        .flatMap(pdf -> queue.store(claim.agreementId(), pdf))
                        .replaceWith(count + 1)
                        .onFailure().recoverWithUni(e -> {
                            Log.warnf(e, "Could not seal agreement %s; it will be retried", claim.agreementId());
                            return queue.failed(claim.agreementId(), String.valueOf(e.getMessage())).replaceWith(count);
                        }));
            }
            return chain;
        });
    }

    /**
     * Renders and seals an agreement again from what is stored, without storing it: an audit that the
     * stored file is reproducible (it gives the same bytes as long as the key is the same).
     */
    public Uni<byte[]> reseal(UUID agreementId) {
        Context context = Vertx.currentContext();
        return queue.claimOf(agreementId).flatMap(inputs::of).flatMap(input -> offloaded(context, input));
    }

    /** Rendering and signing are CPU work: a worker thread, then back to the caller's Vert.x context. */
    private Uni<byte[]> offloaded(Context context, SealInput input) {
        return Uni.createFrom().item(() -> seal(input))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    byte[] seal(SealInput input) {
        return PadesSeal.seal(AgreementPdf.render(input), input.executedAt(), key);
    }
}
