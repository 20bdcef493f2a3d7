package org.compactdpa.messaging.deadletters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.compactdpa.messaging.kafka.KafkaUnavailable;

/**
 * {@code compact_dead_letters}: records on the service's dead-letter topic not yet replayed (alert when
 * above zero); {@code compact_dead_letters_replayed_total}: records sent back by operators. The gauge is
 * refreshed on a schedule on a worker thread, never by a scrape, and only in a service that consumes events.
 */
@Startup
@ApplicationScoped
public class DeadLetterMetrics {

    private final DeadLetterQueue queue;
    private final KafkaClientService channels;
    private final AtomicLong unreplayed = new AtomicLong();
    private final Counter replayed;

    public DeadLetterMetrics(MeterRegistry registry, DeadLetterQueue queue, KafkaClientService channels) {
        this.queue = queue;
        this.channels = channels;
        registry.gauge("compact.dead.letters", unreplayed);
        this.replayed = Counter.builder("compact.dead.letters.replayed")
                .description("Dead letters sent back to their topics by an operator")
                .register(registry);
    }

    @Scheduled(every = "${compact.dead-letters.metrics-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (channels.getConsumerChannels().isEmpty()) {
            return;
        }
        try {
            record(queue.unreplayed());
        } catch (KafkaUnavailable e) {
            Log.debugf("Dead-letter count not refreshed: %s", e.getMessage());
        }
    }

    void record(Long count) {
        if (count != null) {
            unreplayed.set(count);
        }
    }

    void replayed(long count) {
        replayed.increment(count);
    }
}
