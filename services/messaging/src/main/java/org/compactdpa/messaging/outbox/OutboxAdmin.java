package org.compactdpa.messaging.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.messaging.deadletters.DeadLetters;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** What an operator may do with the outbox: look at it, list the parked rows, put one back in line. */
@ApplicationScoped
public class OutboxAdmin {

    private final OutboxQueries queries;
    private final OutboxMetrics metrics;
    private final OutboxRelay relay;
    private final DeadLetters deadLetters;

    public OutboxAdmin(OutboxQueries queries, OutboxMetrics metrics, OutboxRelay relay, DeadLetters deadLetters) {
        this.queries = queries;
        this.metrics = metrics;
        this.relay = relay;
        this.deadLetters = deadLetters;
    }

    /** The outbox's counts with the dead letters' beside them (read from Kafka at the same time). */
    public Uni<OutboxStatus> status() {
        // A fresh reading is as good for the gauges as a scheduled one.
        return Uni.combine().all().unis(queries.status().invoke(metrics::record), deadLetters.summary())
                .with(OutboxStatus::withDeadLetters);
    }

    public Uni<Page<ParkedEvent>> parked(PageRequest page) {
        return queries.parked(page);
    }

    /** Clears the parking and the backoff; the relay is woken so the row (and those behind it) go now. */
    public Uni<Void> requeue(UUID id) {
        return queries.requeue(id).map(outcome -> switch (outcome) {
            case REQUEUED -> {
                Log.infof("Outbox event %s requeued by an operator", id);
                relay.wake();
                yield null;
            }
            case NOT_PARKED -> throw ProblemException.conflict("Outbox event " + id
                    + " is not parked: it is waiting to be sent or already published");
            case UNKNOWN -> throw ProblemException.notFound("Outbox event", id);
        }).replaceWithVoid();
    }
}
