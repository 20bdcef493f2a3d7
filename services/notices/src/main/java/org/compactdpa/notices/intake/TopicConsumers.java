package org.compactdpa.notices.intake;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * One consumer per topic, each recording what it handled under its own inbox name, so an event is acted on
 * once however often Kafka delivers it.
 */
@ApplicationScoped
public class TopicConsumers {

    private final Inbox inbox;
    private final Pool pool;
    private final EventIntake intake;

    public TopicConsumers(Inbox inbox, Pool pool, EventIntake intake) {
        this.inbox = inbox;
        this.pool = pool;
        this.intake = intake;
    }

    @Incoming("districts")
    public Uni<Void> districts(Message<String> message) {
        return inbox.handleOnce("notices.districts", message, pool, intake::handle);
    }

    @Incoming("vendors")
    public Uni<Void> vendors(Message<String> message) {
        return inbox.handleOnce("notices.vendors", message, pool, intake::handle);
    }

    @Incoming("templates")
    public Uni<Void> templates(Message<String> message) {
        return inbox.handleOnce("notices.templates", message, pool, intake::handle);
    }

    @Incoming("agreements")
    public Uni<Void> agreements(Message<String> message) {
        return inbox.handleOnce("notices.agreements", message, pool, intake::handle);
    }

    @Incoming("accounts")
    public Uni<Void> accounts(Message<String> message) {
        return inbox.handleOnce("notices.accounts", message, pool, intake::handle);
    }

    @Incoming("obligations")
    public Uni<Void> obligations(Message<String> message) {
        return inbox.handleOnce("notices.obligations", message, pool, intake::handle);
    }
}
