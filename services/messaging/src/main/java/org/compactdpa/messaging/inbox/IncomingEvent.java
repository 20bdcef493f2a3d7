package org.compactdpa.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.time.ZonedDateTime;
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
