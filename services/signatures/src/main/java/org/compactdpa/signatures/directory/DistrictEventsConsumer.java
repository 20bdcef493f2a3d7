package org.compactdpa.signatures.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the district projection in step with the districts service's events. */
@ApplicationScoped
public class DistrictEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public DistrictEventsConsumer(Inbox inbox, DistrictProjection districts, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(DistrictRegistered.class, districts::apply)
                .on(DistrictJoinedConsortium.class, districts::apply)
                .named("signatures.districts");
    }

    @Incoming("districts")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }

    /** Known districts and memberships come from the districts topic alone, so they can be rebuilt from it. */
    @Produces
    @Singleton
    Projection districts() {
        return Projection.named("districts").clearing("known_membership", "known_district")
                .from(Topics.DISTRICTS, handlers);
    }
}
