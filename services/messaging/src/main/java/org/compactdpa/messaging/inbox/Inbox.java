package org.compactdpa.messaging.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Makes consumers idempotent: the event id is recorded in the inbox in the same transaction as the
 * handler's side effect, so a redelivered event (Kafka delivers at least once) changes nothing.
 * The message is acknowledged only after that transaction committed.
 * <p>
 * Each such transaction first takes the consumer's lock in shared mode, so events of one consumer
 * are handled side by side (several instances, several partitions) but wait while a projection
 * rebuild, which holds the lock alone, rewrites what the consumer built.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into inbox_event (consumer, event_id, event_type)"
            + " select ?1, ?2, ?3 from (select pg_advisory_xact_lock_shared(hashtextextended(cast(?4 as text), 0)))"
            + " as held on conflict do nothing";
    private static final String RECORD_SQL_CLIENT = RECORD.replace("?1", "$1").replace("?2", "$2").replace("?3", "$3")
            .replace("?4", "$4");

    /** The advisory lock a consumer's event transactions share and a rebuild of its projection holds alone. */
    public static String lockOf(String consumer) {
        return "compact_inbox:" + consumer;
    }

    /** Runs the matching handler of {@code handlers} once per event id for their consumer. */
    public Uni<Void> handleOnce(EventHandlers handlers, Message<String> message) {
        return handleOnce(handlers.consumer(), message, handlers);
    }

    /**
     * Runs {@code handler} once per event id for this consumer. Transient failures are retried a few
     * times; then the message is nacked and goes where the channel's failure strategy sends it.
     */
    public Uni<Void> handleOnce(String consumer, Message<String> message, Function<IncomingEvent, Uni<Void>> handler) {
        return deliver(consumer, message, event -> Panache.withTransaction(() -> applyOnce(consumer, event, handler)));
    }

    /**
     * The same for a consumer that writes with the SQL client instead of Hibernate: {@code handler} runs
     * on the connection of the transaction that records the event, the first time only.
     */
    public Uni<Void> handleOnce(String consumer, Message<String> message, Pool pool,
            BiFunction<SqlConnection, IncomingEvent, Uni<Void>> handler) {
        return deliver(consumer, message, event -> pool.withTransaction(connection -> connection
                .preparedQuery(RECORD_SQL_CLIENT).execute(Tuple.of(consumer, event.id(), event.type(), lockOf(consumer)))
                .flatMap(rows -> rows.rowCount() == 1 ? handler.apply(connection, event).replaceWith(true)
                        : skipped(consumer, event))));
    }

    private Uni<Void> deliver(String consumer, Message<String> message, Function<IncomingEvent, Uni<?>> transaction) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(message);
        } catch (IllegalArgumentException e) {
            Log.warnf("%s skips a message without CloudEvent headers", consumer);
            return Uni.createFrom().completionStage(message.ack());
        }
        return transaction.apply(event)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(3)).atMost(5)
                .flatMap(done -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> {
                    Log.errorf(failure, "%s could not handle event %s (%s)", consumer, event.id(), event.type());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /**
     * In the current transaction: records the event for the consumer and, the first time only, runs the
     * handler. {@code true} when it ran. Live delivery and a projection rebuild both come through here.
     */
    public Uni<Boolean> applyOnce(String consumer, IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return firstDelivery(consumer, event)
                .flatMap(first -> first ? handler.apply(event).replaceWith(true) : skipped(consumer, event));
    }

    private static Uni<Boolean> firstDelivery(String consumer, IncomingEvent event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RECORD)
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, event.type())
                .setParameter(4, lockOf(consumer))
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    private static Uni<Boolean> skipped(String consumer, IncomingEvent event) {
        Log.debugf("%s already handled event %s", consumer, event.id());
        return Uni.createFrom().item(false);
    }
}
