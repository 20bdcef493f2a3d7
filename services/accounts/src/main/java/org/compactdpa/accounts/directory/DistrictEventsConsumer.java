package org.compactdpa.accounts.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consortia, districts and memberships: whom a coordinator may invite, and the names in the mails. */
@ApplicationScoped
public class DistrictEventsConsumer {

    static final String CONSUMER = "accounts.districts";

    private final Inbox inbox;
    private final EventHandlers handlers;

    public DistrictEventsConsumer(Inbox inbox, DirectoryProjection directory, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(ConsortiumCreated.class, directory::apply)
                .on(DistrictRegistered.class, directory::apply)
                .on(DistrictJoinedConsortium.class, directory::apply)
                .named(CONSUMER);
    }

    @Incoming("districts")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }
}
