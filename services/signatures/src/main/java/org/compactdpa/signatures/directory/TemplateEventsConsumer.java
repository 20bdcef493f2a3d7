package org.compactdpa.signatures.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Frozen terms from the templates service: what agreements are prepared from. */
@ApplicationScoped
public class TemplateEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public TemplateEventsConsumer(Inbox inbox, TermsProjection terms, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(TermsAgreed.class, terms::apply)
                .named("signatures.templates");
    }

    @Incoming("templates")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }

    /**
     * Agreements refer to their terms, so these rows are never emptied: a rebuild only refills terms
     * that are missing, which is all it can do for rows that never change once agreed.
     */
    @Produces
    @Singleton
    Projection terms() {
        return Projection.named("terms").from(Topics.TEMPLATES, handlers);
    }
}
