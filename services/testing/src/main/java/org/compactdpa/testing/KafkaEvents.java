package org.compactdpa.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compactdpa.contracts.events.EventType;
import org.compactdpa.contracts.events.Events;

/** Reads and writes CloudEvents (binary mode) on the real test broker, as another service would. */
public final class KafkaEvents {

    /** One record as it arrived: the key and the ce_* attributes from its headers. */
    public record Received(String key, String id, String type, String source, String subject, String contentType,
            String payload, String specVersion, String time) {
    }

    private KafkaEvents() {
    }

    /** Every record of the topic, from the beginning, until nothing new arrives for {@code quiet}. */
    public static List<Received> readAll(String topic, Duration quiet) {
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            long idleSince = System.nanoTime();
            while (System.nanoTime() - idleSince < quiet.toNanos()) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> record : records) {
                    received.add(toReceived(record));
                    idleSince = System.nanoTime();
                }
            }
        }
        return received;
    }

    /** Waits until a record matching the predicate is on the topic; returns every match seen by then. */
    public static List<Received> await(String topic, Predicate<Received> match, Duration timeout) {
        List<Received> matches = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline && matches.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Received event = toReceived(record);
                    if (match.test(event)) {
                        matches.add(event);
                    }
                }
            }
        }
        if (matches.isEmpty()) {
            throw new AssertionError("No matching event on " + topic + " within " + timeout.toSeconds() + " s");
        }
        return matches;
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Sends an event record, serialised as the services serialise it, under the given CloudEvent id. */
    public static void publish(String ceId, Object key, Object event) {
        try {
            send(ceId, String.valueOf(key), event.getClass(), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends an event with the given CloudEvent id, as the producing service's relay would. */
    public static void send(String ceId, String key, Class<?> eventClass, String jsonPayload) {
        EventType type = Events.typeOf(eventClass);
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key, jsonPayload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", ceId);
        header(record, "ce_type", type.value());
        header(record, "ce_source", "/compact/test");
        header(record, "ce_subject", key);
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Received toReceived(ConsumerRecord<String, String> record) {
        return new Received(record.key(), header(record, "ce_id"), header(record, "ce_type"),
                header(record, "ce_source"), header(record, "ce_subject"), header(record, "content-type"),
                record.value(), header(record, "ce_specversion"), header(record, "ce_time"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        return config;
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        return config;
    }
}
