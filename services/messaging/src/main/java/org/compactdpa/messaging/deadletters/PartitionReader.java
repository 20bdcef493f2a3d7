package org.compactdpa.messaging.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.compactdpa.messaging.kafka.KafkaClients;
import org.compactdpa.messaging.kafka.KafkaUnavailable;

/** Reads a stretch of one partition with an assigned consumer (no group, nothing committed). */
final class PartitionReader {

    private PartitionReader() {
    }

    /** At most {@code max} records of {@code partition} with offsets from {@code from} up to (not with) {@code to}. */
    static List<ConsumerRecord<String, String>> read(KafkaConsumer<String, String> consumer, TopicPartition partition,
            long from, long to, int max) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (from >= to || max <= 0) {
            return records;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        long deadline = System.nanoTime() + KafkaClients.TIMEOUT.toNanos() * 2;
        while (records.size() < max && consumer.position(partition) < to) {
            if (System.nanoTime() > deadline) {
                throw new KafkaUnavailable(new java.util.concurrent.TimeoutException(
                        "Reading " + partition + " from offset " + from + " took too long"));
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() < to && records.size() < max) {
                    records.add(record);
                }
            }
        }
        return records;
    }
}
