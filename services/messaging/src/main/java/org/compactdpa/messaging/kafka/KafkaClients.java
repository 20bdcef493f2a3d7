package org.compactdpa.messaging.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain Kafka clients for what an operator asks of the broker (dead letters, projection rebuilds),
 * configured from the same {@code kafka.*} properties as the service's channels. One admin client is
 * kept for the life of the service; consumers and producers are made per call and closed by the caller.
 * Every method here blocks: call it from a worker thread, never from the event loop.
 */
@ApplicationScoped
public class KafkaClients {

    /** How long one call to the broker may take before the operator's request fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> base;
    private Admin admin;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> config) {
        Map<String, Object> copy = new HashMap<>(config);
        copy.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.base = Map.copyOf(copy);
    }

    public synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(base);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "compact-operator-admin");
            admin = Admin.create(config);
        }
        return admin;
    }

    /**
     * A consumer that never commits by itself and never creates a topic by asking for it; in
     * {@code group} when given (to commit how far it got), else in no group at all.
     */
    public KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> config = new HashMap<>(base);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    /** A producer like the outbox's: idempotent, every replica acknowledges, fails within seconds. */
    public KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>(base);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() * 2);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    /** The partitions of {@code topic}, none if the topic does not exist (yet). */
    public List<TopicPartition> partitions(String topic) {
        try {
            TopicDescription description = await(admin().describeTopics(List.of(topic)).allTopicNames()).get(topic);
            return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (KafkaUnavailable e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw e;
        }
    }

    /** The result of an admin call, or {@link KafkaUnavailable} when the broker does not answer in time. */
    public static <T> T await(KafkaFuture<T> future) {
        return await(future, TIMEOUT.toMillis() * 2);
    }

    /** The result of any call to the broker (an admin call, a send), or {@link KafkaUnavailable} after millis. */
    public static <T> T await(Future<T> future, long millis) {
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaUnavailable(e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailable(e);
        }
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
