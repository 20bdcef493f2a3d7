package org.compactdpa.messaging.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.compactdpa.messaging.inbox.EventHandlers;

/**
 * A read model a service builds from other services' events and from nothing else, declared (as a
 * CDI bean) so that an operator can rebuild it from the topics: its name, the tables that hold it, in
 * the order they can be emptied, and, per topic, the very handlers its live consumer uses.
 * <pre>{@code
 * @Produces @Singleton
 * Projection catalog() {
 *     return Projection.named("catalog").clearing("known_product", "known_vendor").from(Topics.VENDORS, handlers);
 * }
 * }</pre>
 * A projection that other tables refer to (so its rows cannot be deleted) clears nothing: a rebuild
 * then only refills what is missing, which is enough for rows that never change once written.
 */
public final class Projection {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** One topic and the handlers (and so the inbox consumer) that apply its events. */
    public record Feed(String topic, EventHandlers handlers) {
    }

    private final String name;
    private final List<String> tables;
    private final List<Feed> feeds;

    private Projection(String name, List<String> tables, List<Feed> feeds) {
        this.name = name;
        this.tables = List.copyOf(tables);
        this.feeds = List.copyOf(feeds);
    }

    public static Builder named(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Projection name " + name + " is not lower-case letters, digits, '-'");
        }
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The tables a rebuild empties, in this order (children before the rows they refer to). */
    public List<String> tables() {
        return tables;
    }

    public List<Feed> feeds() {
        return feeds;
    }

    public List<String> topics() {
        return feeds.stream().map(Feed::topic).toList();
    }

    /** The inbox consumers whose records a rebuild clears and writes again. */
    public List<String> consumers() {
        return feeds.stream().map(f -> f.handlers().consumer()).toList();
    }

    EventHandlers handlersOf(String topic) {
        return feeds.stream().filter(f -> f.topic().equals(topic)).findFirst()
                .map(Feed::handlers).orElseThrow(() -> new IllegalArgumentException("No feed for " + topic));
    }

    /** Collects a projection's tables and feeds. */
    public static final class Builder {

        private final String name;
        private final List<String> tables = new ArrayList<>();
        private final List<Feed> feeds = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The tables to empty before replaying, children first; none for a projection that is only refilled. */
        public Builder clearing(String... tables) {
            for (String table : tables) {
                if (!TABLE.matcher(table).matches()) {
                    throw new IllegalArgumentException("Not a plain table name: " + table);
                }
                this.tables.add(table);
            }
            return this;
        }

        /** Events of {@code topic} go through {@code handlers}, as the live consumer of that topic does. */
        public Projection from(String topic, EventHandlers handlers) {
            return and(topic, handlers).build();
        }

        /** One feed of a projection fed by several topics; finish with {@link #from} or {@link #build}. */
        public Builder and(String topic, EventHandlers handlers) {
            if (feeds.stream().anyMatch(f -> f.topic().equals(topic))) {
                throw new IllegalArgumentException("Projection " + name + " reads " + topic + " twice");
            }
            feeds.add(new Feed(topic, handlers));
            return this;
        }

        public Projection build() {
            if (feeds.isEmpty()) {
                throw new IllegalStateException("Projection " + name + " reads no topic");
            }
            return new Projection(name, tables, feeds);
        }
    }
}
