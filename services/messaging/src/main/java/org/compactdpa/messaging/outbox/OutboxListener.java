package org.compactdpa.messaging.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a LISTEN on {@code compact_outbox}: the outbox table's trigger notifies at every commit that
 * added events, so the relay publishes within milliseconds instead of waiting for its poll.
 * Reconnects by itself after a database restart.
 */
@ApplicationScoped
public class OutboxListener {

    static final String CHANNEL = "compact_outbox";

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public OutboxListener(Vertx vertx, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.relay = relay;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> relay.wake());
        subscriber.connect().subscribe().with(
                ok -> Log.debug("Listening for outbox notifications"),
                failure -> Log.warnf("Cannot LISTEN for outbox notifications yet (%s); polling meanwhile",
                        failure.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }
}
