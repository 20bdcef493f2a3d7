package org.compactdpa.obligations.clock;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.compactdpa.obligations.breaches.Breaches;
import org.compactdpa.obligations.dispositions.Dispositions;

/**
 * Flags what passed its deadline: breach notices not delivered, disposition requests not attested. One
 * run at a time across every instance (a transaction lock; a second instance skips), each flag committed
 * with its event so it is announced exactly once. Runs on a schedule, and on an operator's request "as of"
 * a given time, which is how tests move the clock.
 */
@ApplicationScoped
public class DeadlineClock {

    /** What one run flagged. */
    public record Run(Instant asOf, boolean ran, int breachNotices, int dispositions) {
    }

    private final Pool pool;
    private final Breaches breaches;
    private final Dispositions dispositions;
    private final Clock clock;

    public DeadlineClock(Pool pool, Breaches breaches, Dispositions dispositions, Clock clock) {
        this.pool = pool;
        this.breaches = breaches;
        this.dispositions = dispositions;
        this.clock = clock;
    }

    @Scheduled(every = "${compact.obligations.clock.interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run(clock.instant()).replaceWithVoid();
    }

    public Uni<Run> run(Instant asOf) {
        return pool.withTransaction(sql -> sql.query("select pg_try_advisory_xact_lock(hashtextextended('compact_obligations_clock', 0))")
                .execute().chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(new Run(asOf, false, 0, 0));
                    }
                    return breaches.flagOverdue(sql, asOf).chain(notices -> dispositions.flagOverdue(sql, asOf)
                            .map(requests -> new Run(asOf, true, notices, requests)));
                }));
    }
}
