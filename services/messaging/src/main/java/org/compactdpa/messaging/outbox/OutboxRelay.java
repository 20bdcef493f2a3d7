package org.compactdpa.messaging.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.messaging.outbox.OutboxSettlement.Outcome;
import org.compactdpa.messaging.outbox.OutboxSettlement.Sent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Moves committed outbox rows to Kafka. A row is marked published only after the broker
 * acknowledged it; a failed send leaves it to wait its backoff, or parks it when retrying cannot help
 * ({@link OutboxSettlement}), so nothing is lost while Kafka is away (consumers deduplicate the rare
 * re-send) and no poison row is retried for ever. Woken at commit by PostgreSQL NOTIFY
 * ({@link OutboxListener}), with a slow poll as a safety net.
 * <p>
 * Several instances of a service may run: a transaction-scoped advisory lock lets one relay
 * publish at a time, which also keeps the events of an aggregate in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String LOCK = TransactionLocks.tryHoldSql("'compact_outbox_relay'");
    /**
     * Due rows, oldest first, each the first unpublished row of its aggregate: a row never overtakes
     * an earlier one of its aggregate that is parked or waiting its backoff, and a batch holds at most
     * one row per aggregate, so a failure inside a batch cannot reorder an aggregate either.
     */
    private static final String NEXT_BATCH = "select e.id, e.topic, e.event_type, e.aggregate_id, e.payload,"
            + " e.occurred_at, e.attempts from outbox_event e"
            + " where e.published_at is null and e.parked_at is null"
            + " and (e.next_attempt_at is null or e.next_attempt_at <= now())"
            + " and not exists (select 1 from outbox_event earlier where earlier.aggregate_id = e.aggregate_id"
            + "   and earlier.topic = e.topic and earlier.published_at is null and earlier.position < e.position)"
            + " order by e.position limit $1 for update of e skip locked";

    private final Pool pool;
    private final OutboxSettlement settlement;
    private final MutinyEmitter<String> emitter;
    private final URI source;
    private final int batchSize;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeAgain = new AtomicBoolean();
    private final Duration pollInterval;
    private volatile boolean stopped;
    private long timer = -1;

    public OutboxRelay(Pool pool, OutboxSettlement settlement, @Channel("compact-outbox") MutinyEmitter<String> emitter,
            @ConfigProperty(name = "compact.outbox.source") URI source,
            @ConfigProperty(name = "compact.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "compact.outbox.poll-interval", defaultValue = "2s") Duration pollInterval) {
        this.pollInterval = pollInterval;
        this.pool = pool;
        this.settlement = settlement;
        this.emitter = emitter;
        this.source = source;
        this.batchSize = batchSize;
    }

    void onStop(@Observes ShutdownEvent event, Vertx vertx) {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    /**
     * Starts the safety-net poll (a lost notification, the retry clock after a failed send) once the
     * application, messaging channels included, is up.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event, Vertx vertx) {
        timer = vertx.setPeriodic(pollInterval.toMillis(), id -> wake());
        wake();
    }

    /** Starts draining unless a drain is under way, in which case that drain runs once more. */
    public void wake() {
        wakeAgain.set(true);
        if (!stopped && draining.compareAndSet(false, true)) {
            drain();
        }
    }

    private void drain() {
        wakeAgain.set(false);
        Uni<Outcome> round;
        try {
            round = publishBatch();
        } catch (RuntimeException e) {
            draining.set(false);
            Log.warnf("Outbox relay could not start a round: %s", e.getMessage());
            return;
        }
        round.subscribe().with(outcome -> {
            draining.set(false);
            // Anything published may have let the next row of its aggregate through: go again until a round
            // publishes nothing.
            if (outcome.published() > 0 || (wakeAgain.get() && outcome.failed() == 0)) {
                wake();
            }
        }, failure -> {
            draining.set(false);
            Log.warnf("Outbox relay round failed, retrying on the next poll: %s", failure.getMessage());
        });
    }

    Uni<Outcome> publishBatch() {
        return pool.withTransaction(connection -> connection.query(LOCK).execute()
                .flatMap(rows -> rows.iterator().next().getBoolean("locked")
                        ? sendBatch(connection)
                        : Uni.createFrom().item(new Outcome(0, 0))));
    }

    private Uni<Outcome> sendBatch(SqlConnection connection) {
        return connection.preparedQuery(NEXT_BATCH).execute(Tuple.of(batchSize)).flatMap(rows -> {
            List<Row> batch = new ArrayList<>();
            rows.forEach(batch::add);
            if (batch.isEmpty()) {
                return Uni.createFrom().item(new Outcome(0, 0));
            }
            // All sends start in order before any is awaited: the producer keeps per-partition order.
            List<Uni<Sent>> sends = batch.stream().map(this::send).toList();
            return Uni.join().all(sends).andFailFast().flatMap(results -> settlement.settle(connection, results));
        });
    }

    private Uni<Sent> send(Row row) {
        UUID id = row.getUUID("id");
        String aggregateId = row.getString("aggregate_id");
        String type = row.getString("event_type");
        int attempts = row.getInteger("attempts");
        Message<String> message = Message.of(row.getString("payload"))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.getString("topic"))
                        .withKey(aggregateId)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(id.toString())
                        .withType(type)
                        .withSource(source)
                        .withSubject(aggregateId)
                        .withTimestamp(row.getOffsetDateTime("occurred_at").toZonedDateTime())
                        .withDataContentType("application/json")
                        .build());
        // Longer than the producer's delivery.timeout.ms (10 s): by the time the relay gives up on a send,
        // the producer has given up on it too, so no late copy follows the relay's retry.
        return emitter.sendMessage(message)
                .ifNoItem().after(Duration.ofSeconds(30)).fail()
                .replaceWith(new Sent(id, type, aggregateId, attempts, null))
                .onFailure().recoverWithItem(e -> new Sent(id, type, aggregateId, attempts, e));
    }
}
