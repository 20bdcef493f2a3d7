package org.compactdpa.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox's numbers for alerting: {@code compact_outbox_parked} and {@code compact_outbox_pending}
 * (gauges), {@code compact_outbox_parkings_total} (how many times a row was parked) and
 * {@code compact_outbox_deleted_total} (published rows removed by housekeeping). The gauges are
 * refreshed on a schedule rather than on scrape, because a scrape must not wait on the database.
 */
// Created at start so the meters exist (at zero) before anything is parked or the first refresh.
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private final OutboxQueries queries;
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final Counter parkings;
    private final Counter deleted;

    public OutboxMetrics(MeterRegistry registry, OutboxQueries queries) {
        this.queries = queries;
        registry.gauge("compact.outbox.parked", parked);
        registry.gauge("compact.outbox.pending", pending);
        this.parkings = Counter.builder("compact.outbox.parkings")
                .description("Outbox rows parked after a permanent failure or too many attempts")
                .register(registry);
        this.deleted = Counter.builder("compact.outbox.deleted")
                .description("Published outbox rows deleted by housekeeping after the retention period")
                .register(registry);
    }

    void rowParked() {
        parkings.increment();
    }

    void rowsDeleted(long rows) {
        deleted.increment(rows);
    }

    @Scheduled(every = "${compact.outbox.metrics-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return queries.status().invoke(this::record).replaceWithVoid();
    }

    void record(OutboxStatus status) {
        parked.set(status.parked());
        pending.set(status.pending());
    }
}
