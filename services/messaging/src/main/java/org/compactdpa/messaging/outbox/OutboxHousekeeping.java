package org.compactdpa.messaging.outbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes published outbox rows once they are older than the retention ({@code compact.outbox.retention},
 * 7 days by default), a small batch per transaction so that no long lock or large WAL burst follows,
 * on a schedule, by one instance at a time (an advisory lock of its own, so that housekeeping never
 * holds up a publishing round). Unpublished and parked rows are never touched: only
 * {@code published_at} before the cut-off qualifies. Once a row is gone its event lives on in the topic,
 * which keeps events for ever (docs/operations.md, "Outbox housekeeping").
 */
@ApplicationScoped
public class OutboxHousekeeping {

    private static final String LOCK = TransactionLocks.tryHoldSql("'compact_outbox_housekeeping'");
    private static final String DELETE = "delete from outbox_event where position in (select position"
            + " from outbox_event where published_at < now() - make_interval(secs => $1::double precision)"
            + " order by position limit $2 for update skip locked)";

    /** What one sweep did. */
    public record Sweep(long deleted, int batches) {
        Sweep plus(long rows) {
            return new Sweep(deleted + rows, batches + 1);
        }
    }

    private final Pool pool;
    private final OutboxMetrics metrics;
    private final Duration retention;
    private final int batchSize;
    private final int maxBatches;

    public OutboxHousekeeping(Pool pool, OutboxMetrics metrics,
            @ConfigProperty(name = "compact.outbox.retention", defaultValue = "7d") Duration retention,
            @ConfigProperty(name = "compact.outbox.housekeeping.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "compact.outbox.housekeeping.max-batches", defaultValue = "200") int maxBatches) {
        this.pool = pool;
        this.metrics = metrics;
        this.retention = retention;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    @Scheduled(every = "${compact.outbox.housekeeping.interval:10m}", delayed = "${compact.outbox.housekeeping.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return sweep().onFailure().invoke(e -> Log.warnf("Outbox housekeeping stopped: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Deletes batch after batch until a batch comes back short, another instance holds the lock, or
     * {@code max-batches} ran (the next sweep goes on from there).
     */
    public Uni<Sweep> sweep() {
        return next(new Sweep(0, 0)).invoke(sweep -> {
            if (sweep.deleted() > 0) {
                Log.infof("Outbox housekeeping deleted %d published rows older than %s in %d batches",
                        sweep.deleted(), retention, sweep.batches());
            }
        });
    }

    private Uni<Sweep> next(Sweep sofar) {
        if (sofar.batches() >= maxBatches) {
            return Uni.createFrom().item(sofar);
        }
        return pool.withTransaction(connection -> connection.query(LOCK).execute()
                        .flatMap(rows -> rows.iterator().next().getBoolean("locked")
                                ? connection.preparedQuery(DELETE)
                                        .execute(Tuple.of((double) retention.toSeconds(), batchSize))
                                        .map(deleted -> (long) deleted.rowCount())
                                : Uni.createFrom().item(-1L)))
                .flatMap(deleted -> {
                    if (deleted < 0) {
                        return Uni.createFrom().item(sofar);
                    }
                    metrics.rowsDeleted(deleted);
                    Sweep done = sofar.plus(deleted);
                    return deleted == batchSize ? next(done) : Uni.createFrom().item(done);
                });
    }
}
