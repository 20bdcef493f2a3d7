package org.compactdpa.messaging.projections;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.compactdpa.messaging.kafka.KafkaClients;
import org.compactdpa.messaging.kafka.KafkaUnavailable;

/**
 * Reads topics from their first record up to the end offsets seen when it opened, with a consumer in
 * no group (nothing committed, no live consumer disturbed). Every method blocks: worker threads only,
 * one at a time.
 */
final class TopicReplay implements AutoCloseable {

    /** How long the broker may go without handing over a record that is known to be there. */
    private static final Duration STALL = Duration.ofSeconds(30);

    private final KafkaClients clients;
    private final List<String> topics;
    private KafkaConsumer<String, String> consumer;
    private final Map<TopicPartition, Long> ends = new HashMap<>();

    TopicReplay(KafkaClients clients, List<String> topics) {
        this.clients = clients;
        this.topics = topics;
    }

    /** Positions at the start of every partition of the topics; answers how many records lie ahead. */
    long open() {
        List<TopicPartition> partitions = new ArrayList<>();
        topics.forEach(topic -> partitions.addAll(clients.partitions(topic)));
        consumer = clients.consumer(null);
        if (partitions.isEmpty()) {
            return 0;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, KafkaClients.TIMEOUT);
        Map<TopicPartition, Long> found = consumer.endOffsets(partitions, KafkaClients.TIMEOUT);
        long total = 0;
        for (TopicPartition partition : partitions) {
            long start = starts.get(partition);
            long end = found.get(partition);
            if (end > start) {
                ends.put(partition, end);
                consumer.seek(partition, start);
                total += end - start;
            }
        }
        List<TopicPartition> empty = partitions.stream().filter(p -> !ends.containsKey(p)).toList();
        consumer.pause(empty);
        return total;
    }

    /** The next records before the end offsets, in partition order; an empty list once all are read. */
    List<ConsumerRecord<String, String>> next() {
        long stalledSince = System.nanoTime();
        while (!ends.isEmpty()) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                if (end != null && record.offset() < end) {
                    batch.add(record);
                }
            }
            for (TopicPartition partition : List.copyOf(ends.keySet())) {
                if (consumer.position(partition) >= ends.get(partition)) {
                    ends.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
            if (!batch.isEmpty()) {
                return batch;
            }
            if (System.nanoTime() - stalledSince > STALL.toNanos()) {
                throw new KafkaUnavailable(new java.util.concurrent.TimeoutException(
                        "No record from " + ends.keySet() + " for " + STALL.toSeconds() + " s"));
            }
        }
        return List.of();
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
