package org.compactdpa.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.compactdpa.contracts.events.Events;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A CloudEvent received from Kafka (binary mode: the attributes travel as ce_* headers). */
public record IncomingEvent(String id, String type, String source, String subject, ZonedDateTime time, String data) {

    /** Reads the CloudEvent attributes of a Kafka message; a message without them is not ours to handle. */
    public static IncomingEvent of(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("Message without CloudEvent headers"));
        return new IncomingEvent(ce.getId(), ce.getType(), String.valueOf(ce.getSource()), ce.getSubject().orElse(null),
                ce.getTimeStamp().orElse(null), message.getPayload());
    }

    /**
     * Reads a record taken straight from the broker (a projection rebuild reads topics itself), by the
     * same binary-mode headers the connector reads; {@code null} when it carries no CloudEvent.
     */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (header(record, "ce_specversion") == null || id == null || type == null) {
            return null;
        }
        String time = header(record, "ce_time");
        ZonedDateTime at = null;
        try {
            at = time == null ? null : ZonedDateTime.parse(time);
        } catch (DateTimeParseException e) {
            // The time is informative only; the handlers read their own timestamps from the payload.
        }
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"), at,
                record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public boolean is(Class<?> eventClass) {
        return Events.typeOf(eventClass).value().equals(type);
    }

    public <T> T payload(Class<T> eventClass, ObjectMapper json) {
        try {
            return json.readValue(data, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + id + " of type " + type + " has an unreadable payload", e);
        }
    }
}
