package org.compactdpa.messaging.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the broker's answers for one relay round, in the round's transaction: acknowledged rows
 * are published, failed ones wait their backoff or are parked (see {@link RetryPolicy}).
 */
@ApplicationScoped
public class OutboxSettlement {

    private static final String MARK_PUBLISHED = "update outbox_event set published_at = now(),"
            + " attempts = attempts + 1, next_attempt_at = null where id = any($1)";
    private static final String MARK_RETRY = "update outbox_event set attempts = attempts + 1, last_error = $2,"
            + " next_attempt_at = now() + ($3::double precision) * interval '1 millisecond' where id = $1";
    private static final String MARK_PARKED = "update outbox_event set attempts = attempts + 1, last_error = $2,"
            + " parked_at = now(), next_attempt_at = null where id = $1";

    private final RetryPolicy policy;
    private final OutboxMetrics metrics;

    public OutboxSettlement(OutboxMetrics metrics,
            @ConfigProperty(name = "compact.outbox.max-attempts", defaultValue = "20") int maxAttempts,
            @ConfigProperty(name = "compact.outbox.backoff.first", defaultValue = "1s") Duration first,
            @ConfigProperty(name = "compact.outbox.backoff.max", defaultValue = "30s") Duration max) {
        this.metrics = metrics;
        this.policy = new RetryPolicy(maxAttempts, new Backoff(first, max));
    }

    /** One row's send: who it was ({@code attempts} before this one) and the failure, or null if acknowledged. */
    record Sent(UUID id, String type, String aggregateId, int attempts, Throwable failure) {
    }

    record Outcome(int published, int failed) {
    }

    Uni<Outcome> settle(SqlConnection connection, List<Sent> results) {
        UUID[] acknowledged = results.stream().filter(r -> r.failure() == null).map(Sent::id).toArray(UUID[]::new);
        List<Tuple> retries = new ArrayList<>();
        List<Tuple> parkings = new ArrayList<>();
        for (Sent sent : results) {
            if (sent.failure() != null) {
                decide(sent, retries, parkings);
            }
        }
        if (!retries.isEmpty()) {
            Log.warnf("Kafka did not acknowledge %d outbox event(s); they wait their backoff: %s", retries.size(),
                    retries.get(retries.size() - 1).getString(1));
        }
        return run(connection, MARK_PUBLISHED, acknowledged.length == 0 ? List.of()
                        : List.of(Tuple.tuple().addArrayOfUUID(acknowledged)))
                .flatMap(ignored -> run(connection, MARK_RETRY, retries))
                .flatMap(ignored -> run(connection, MARK_PARKED, parkings))
                .replaceWith(new Outcome(acknowledged.length, retries.size() + parkings.size()));
    }

    private void decide(Sent sent, List<Tuple> retries, List<Tuple> parkings) {
        RetryPolicy.Decision decision = policy.decide(sent.attempts() + 1, SendFailure.of(sent.failure()));
        if (decision.park()) {
            // The one log line a parked row ever gets: the relay does not pick it again.
            Log.warnf("Parked outbox event %s (type %s, aggregate %s) after %d attempt(s): %s", sent.id(),
                    sent.type(), sent.aggregateId(), sent.attempts() + 1, decision.reason());
            metrics.rowParked();
            parkings.add(Tuple.of(sent.id(), decision.reason()));
        } else {
            retries.add(Tuple.of(sent.id(), decision.reason(), (double) decision.delay().toMillis()));
        }
    }

    private static Uni<?> run(SqlConnection connection, String sql, List<Tuple> batch) {
        return batch.isEmpty() ? Uni.createFrom().voidItem() : connection.preparedQuery(sql).executeBatch(batch);
    }
}
