package org.compactdpa.messaging.deadletters;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.compactdpa.messaging.kafka.KafkaUnavailable;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/**
 * What an operator may do with the service's dead letters: count them, list them, replay them. The
 * Kafka calls block, so each runs on a worker thread; the event loop only waits for the answer.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration SUMMARY_WAIT = Duration.ofSeconds(5);

    private final DeadLetterQueue queue;
    private final DeadLetterReplay replay;
    private final DeadLetterMetrics metrics;
    private final KafkaClientService channels;
    private final AtomicBoolean replaying = new AtomicBoolean();

    public DeadLetters(DeadLetterQueue queue, DeadLetterReplay replay, DeadLetterMetrics metrics,
            KafkaClientService channels) {
        this.queue = queue;
        this.replay = replay;
        this.metrics = metrics;
        this.channels = channels;
    }

    /** A service that consumes nothing has no dead letters to speak of. */
    public boolean consumesEvents() {
        return !channels.getConsumerChannels().isEmpty();
    }

    /**
     * The summary for the outbox status. When Kafka is away it says so, within {@link #SUMMARY_WAIT},
     * rather than fail or hold up the status, which matters most during an outage.
     */
    public Uni<DeadLetterSummary> summary() {
        if (!consumesEvents()) {
            return Uni.createFrom().nullItem();
        }
        return blocking(queue::summary)
                .invoke(summary -> metrics.record(summary.unreplayed()))
                .ifNoItem().after(SUMMARY_WAIT).recoverWithItem(() -> DeadLetterSummary.unknown(queue.topic(),
                        "Kafka did not answer within " + SUMMARY_WAIT.toSeconds() + " s"))
                .onFailure(KafkaUnavailable.class)
                .recoverWithItem(e -> DeadLetterSummary.unknown(queue.topic(), e.getMessage()));
    }

    public Uni<Page<DeadLetter>> page(PageRequest request) {
        return blocking(() -> queue.page(request))
                .onFailure(KafkaUnavailable.class).transform(e -> ((KafkaUnavailable) e).asProblem("read the dead letters"));
    }

    /** One replay at a time in this instance; another instance's replay at the same time only resends twice. */
    public Uni<ReplayReport> replay() {
        if (!replaying.compareAndSet(false, true)) {
            return Uni.createFrom().failure(ProblemException.conflict("A replay of the dead letters is under way"));
        }
        return blocking(replay::replay)
                .invoke(report -> metrics.replayed(report.replayed()))
                .onFailure(KafkaUnavailable.class).transform(e -> ((KafkaUnavailable) e).asProblem("replay the dead letters"))
                .eventually(() -> replaying.set(false));
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
