package org.compactdpa.messaging.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.compactdpa.messaging.kafka.KafkaClients;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the service's dead-letter topic. What is still to replay is, per partition, the records from
 * the replay group's committed offset (or the first record kept) to the end; a replay moves that
 * offset on ({@link DeadLetterReplay}). Blocking: called on worker threads only.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Reasons are exception messages; an operator needs their start, not a page of SQL. */
    private static final int REASON_LIMIT = 500;

    /** The records of one partition not yet replayed: offsets {@code from} (inclusive) to {@code to}. */
    record Pending(TopicPartition partition, long from, long to) {
        long count() {
            return Math.max(0, to - from);
        }
    }

    private final KafkaClients clients;
    private final String topic;
    private final String replayGroup;

    public DeadLetterQueue(KafkaClients clients,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic") String topic,
            @ConfigProperty(name = "compact.dead-letters.replay-group") String replayGroup) {
        this.clients = clients;
        this.topic = topic;
        this.replayGroup = replayGroup;
    }

    public String topic() {
        return topic;
    }

    String replayGroup() {
        return replayGroup;
    }

    /** Per partition, in partition order, what waits to be replayed; nothing if the topic does not exist. */
    List<Pending> pending() {
        List<TopicPartition> partitions = clients.partitions(topic);
        if (partitions.isEmpty()) {
            return List.of();
        }
        Admin admin = clients.admin();
        Map<TopicPartition, ListOffsetsResultInfo> ends = KafkaClients.await(admin.listOffsets(
                specs(partitions, OffsetSpec.latest())).all());
        Map<TopicPartition, ListOffsetsResultInfo> starts = KafkaClients.await(admin.listOffsets(
                specs(partitions, OffsetSpec.earliest())).all());
        Map<TopicPartition, OffsetAndMetadata> replayed = KafkaClients.await(
                admin.listConsumerGroupOffsets(replayGroup).partitionsToOffsetAndMetadata());
        return partitions.stream().sorted(Comparator.comparingInt(TopicPartition::partition)).map(p -> {
            long start = starts.get(p).offset();
            OffsetAndMetadata committed = replayed.get(p);
            long from = committed == null ? start : Math.max(start, committed.offset());
            return new Pending(p, from, ends.get(p).offset());
        }).toList();
    }

    public long unreplayed() {
        return pending().stream().mapToLong(Pending::count).sum();
    }

    /** The count, and the reason of the latest record still to replay. */
    public DeadLetterSummary summary() {
        List<Pending> pending = pending().stream().filter(p -> p.count() > 0).toList();
        long count = pending.stream().mapToLong(Pending::count).sum();
        DeadLetter latest = null;
        if (!pending.isEmpty()) {
            try (KafkaConsumer<String, String> consumer = clients.consumer(null)) {
                for (Pending p : pending) {
                    for (ConsumerRecord<String, String> record : PartitionReader.read(consumer, p.partition(),
                            p.to() - 1, p.to(), 1)) {
                        DeadLetter letter = toDeadLetter(record);
                        if (latest == null || letter.failedAt().isAfter(latest.failedAt())) {
                            latest = letter;
                        }
                    }
                }
            }
        }
        return new DeadLetterSummary(topic, count, latest == null ? null : latest.reason(),
                latest == null ? null : latest.failedAt(), null);
    }

    /** Records still to replay, partition by partition and oldest first within each; a page counts across them. */
    public Page<DeadLetter> page(PageRequest request) {
        List<Pending> pending = pending();
        long total = pending.stream().mapToLong(Pending::count).sum();
        List<DeadLetter> items = new ArrayList<>();
        long skip = (long) request.page * request.size;
        try (KafkaConsumer<String, String> consumer = clients.consumer(null)) {
            for (Pending p : pending) {
                if (items.size() >= request.size) {
                    break;
                }
                if (skip >= p.count()) {
                    skip -= p.count();
                    continue;
                }
                PartitionReader.read(consumer, p.partition(), p.from() + skip, p.to(), request.size - items.size())
                        .forEach(record -> items.add(toDeadLetter(record)));
                skip = 0;
            }
        }
        return new Page<>(items, request.page, request.size, total);
    }

    static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.partition(), record.offset(), header(record, "ce_id"), header(record, "ce_type"),
                record.key(), header(record, "dead-letter-topic"), number(header(record, "dead-letter-partition"),
                        Integer::valueOf), number(header(record, "dead-letter-offset"), Long::valueOf),
                shortened(header(record, "dead-letter-reason")), shortened(header(record, "dead-letter-cause")),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <T> T number(String value, java.util.function.Function<String, T> parse) {
        try {
            return value == null ? null : parse.apply(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shortened(String reason) {
        return reason == null || reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT) + "…";
    }

    private static Map<TopicPartition, OffsetSpec> specs(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> specs = new java.util.HashMap<>();
        partitions.forEach(p -> specs.put(p, spec));
        return specs;
    }
}
