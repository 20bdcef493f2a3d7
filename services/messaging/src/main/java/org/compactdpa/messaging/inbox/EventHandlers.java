package org.compactdpa.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.compactdpa.contracts.events.Events;

/**
 * Typed dispatch of incoming events: each event record type maps to one handler, so a consumer
 * states what it reacts to instead of testing types one after another. An event of a type with no
 * handler is acknowledged and ignored (every consumer reads whole topics).
 * <pre>{@code
 * handlers = EventHandlers.using(json)
 *         .on(DistrictRegistered.class, directory::apply)
 *         .on(DistrictJoinedConsortium.class, directory::apply)
 *         .named("signatures.districts");
 * ...
 * return inbox.handleOnce(handlers, message);
 * }</pre>
 */
public final class EventHandlers implements Function<IncomingEvent, Uni<Void>> {

    private final String consumer;
    private final ObjectMapper json;
    private final Map<String, Handler<?>> byType;

    private EventHandlers(String consumer, ObjectMapper json, Map<String, Handler<?>> byType) {
        this.consumer = consumer;
        this.json = json;
        this.byType = Map.copyOf(byType);
    }

    /** Starts a set of handlers whose payloads are read with {@code json}. */
    public static Builder using(ObjectMapper json) {
        return new Builder(json);
    }

    /** The name the inbox records handled events under (one per consumer). */
    public String consumer() {
        return consumer;
    }

    /** The CloudEvent types this consumer handles. */
    public Set<String> types() {
        return byType.keySet();
    }

    @Override
    public Uni<Void> apply(IncomingEvent event) {
        Handler<?> handler = byType.get(event.type());
        if (handler == null) {
            Log.debugf("%s has no use for %s", consumer, event.type());
            return Uni.createFrom().voidItem();
        }
        return handler.handle(event, json);
    }

    private record Handler<T>(Class<T> type, Function<T, Uni<Void>> action) {
        Uni<Void> handle(IncomingEvent event, ObjectMapper json) {
            return action.apply(event.payload(type, json));
        }
    }

    /** Collects handlers; one per event type. */
    public static final class Builder {

        private final ObjectMapper json;
        private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

        private Builder(ObjectMapper json) {
            this.json = json;
        }

        /** Handles events of the record type {@code type} (annotated with its CloudEvent type). */
        public <T> Builder on(Class<T> type, Function<T, Uni<Void>> action) {
            String name = Events.typeOf(type).value();
            if (byType.putIfAbsent(name, new Handler<>(type, action)) != null) {
                throw new IllegalStateException("Two handlers for " + name);
            }
            return this;
        }

        /** Finishes the set; {@code consumer} names it in the inbox and in logs. */
        public EventHandlers named(String consumer) {
            return new EventHandlers(consumer, json, byType);
        }
    }
}
