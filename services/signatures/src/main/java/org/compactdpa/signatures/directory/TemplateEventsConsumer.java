package org.compactdpa.signatures.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
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
}
