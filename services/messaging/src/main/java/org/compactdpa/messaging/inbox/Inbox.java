package org.compactdpa.messaging.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Makes consumers idempotent: the event id is recorded in the inbox in the same transaction as the
 * handler's side effect, so a redelivered event (Kafka delivers at least once) changes nothing.
 * The message is acknowledged only after that transaction committed.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)"
            + " on conflict do nothing";

    /** Runs the matching handler of {@code handlers} once per event id for their consumer. */
    public Uni<Void> handleOnce(EventHandlers handlers, Message<String> message) {
        return handleOnce(handlers.consumer(), message, handlers);
    }

    /**
     * Runs {@code handler} once per event id for this consumer. Transient failures are retried a few
     * times; then the message is nacked and goes where the channel's failure strategy sends it.
     */
    public Uni<Void> handleOnce(String consumer, Message<String> message, Function<IncomingEvent, Uni<Void>> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(message);
        } catch (IllegalArgumentException e) {
            Log.warnf("%s skips a message without CloudEvent headers", consumer);
            return Uni.createFrom().completionStage(message.ack());
        }
        return Panache.withTransaction(() -> firstDelivery(consumer, event)
                        .flatMap(first -> first ? handler.apply(event) : skipped(consumer, event)))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(3)).atMost(5)
                .flatMap(done -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> {
                    Log.errorf(failure, "%s could not handle event %s (%s)", consumer, event.id(), event.type());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private static Uni<Boolean> firstDelivery(String consumer, IncomingEvent event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RECORD)
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, event.type())
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    private static Uni<Void> skipped(String consumer, IncomingEvent event) {
        Log.debugf("%s already handled event %s", consumer, event.id());
        return Uni.createFrom().voidItem();
    }
}
