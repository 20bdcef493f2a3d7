package org.compactdpa.accounts.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Vendors and their names, including those registered before this service existed. */
@ApplicationScoped
public class VendorEventsConsumer {

    static final String CONSUMER = "accounts.vendors";

    private final Inbox inbox;
    private final EventHandlers handlers;

    public VendorEventsConsumer(Inbox inbox, DirectoryProjection directory, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(VendorRegistered.class, directory::apply)
                .on(VendorProfileChanged.class, directory::apply)
                .named(CONSUMER);
    }

    @Incoming("vendors")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }
}
