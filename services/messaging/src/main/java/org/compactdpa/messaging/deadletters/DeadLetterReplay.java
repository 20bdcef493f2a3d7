package org.compactdpa.messaging.deadletters;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.compactdpa.messaging.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends dead letters back to the topic they came from, with their key, their headers (the CloudEvent
 * id among them) and their payload, so the consumer handles them again after a fix. The replay group
 * commits past each record as soon as the broker took its copy: a record is replayed once, and a crash
 * in between replays it twice at worst, which the consumers' inboxes make harmless. A record that
 * fails again comes back as a new dead letter.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private final KafkaClients clients;
    private final DeadLetterQueue queue;
    private final int maxPerCall;

    public DeadLetterReplay(KafkaClients clients, DeadLetterQueue queue,
            @ConfigProperty(name = "compact.dead-letters.replay-max", defaultValue = "1000") int maxPerCall) {
        this.clients = clients;
        this.queue = queue;
        this.maxPerCall = maxPerCall;
    }

    /** Replays what waits, up to the end offsets seen at the start and at most {@code replay-max} records. */
    public ReplayReport replay() {
        long started = System.nanoTime();
        List<DeadLetterQueue.Pending> pending = queue.pending().stream().filter(p -> p.count() > 0).toList();
        long waiting = pending.stream().mapToLong(DeadLetterQueue.Pending::count).sum();
        long replayed = 0;
        long skipped = 0;
        if (!pending.isEmpty()) {
            try (KafkaConsumer<String, String> consumer = clients.consumer(queue.replayGroup());
                 KafkaProducer<String, String> producer = clients.producer()) {
                for (DeadLetterQueue.Pending p : pending) {
                    int budget = (int) Math.min(maxPerCall - replayed - skipped, Integer.MAX_VALUE);
                    for (ConsumerRecord<String, String> record : PartitionReader.read(consumer, p.partition(), p.from(),
                            p.to(), budget)) {
                        if (resend(producer, record)) {
                            replayed++;
                        } else {
                            skipped++;
                        }
                        consumer.commitSync(Map.of(p.partition(), new OffsetAndMetadata(record.offset() + 1)),
                                KafkaClients.TIMEOUT);
                    }
                }
            }
        }
        long remaining = waiting - replayed - skipped;
        Log.infof("Dead letters of %s: %d replayed, %d skipped (no original topic), %d left", queue.topic(), replayed,
                skipped, remaining);
        return new ReplayReport(queue.topic(), replayed, skipped, remaining,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private boolean resend(KafkaProducer<String, String> producer, ConsumerRecord<String, String> record) {
        String original = DeadLetterQueue.header(record, "dead-letter-topic");
        if (original == null || original.isBlank()) {
            Log.warnf("Dead letter %s-%d@%d names no original topic; passed over", record.topic(), record.partition(),
                    record.offset());
            return false;
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            // The connector's own bookkeeping goes; the event's headers (ce_*, content-type) stay as they were.
            if (!header.key().startsWith("dead-letter-") && !header.key().startsWith("__smallrye")) {
                headers.add(header);
            }
        }
        KafkaClients.await(producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers)),
                KafkaClients.TIMEOUT.toMillis() * 3);
        return true;
    }
}
