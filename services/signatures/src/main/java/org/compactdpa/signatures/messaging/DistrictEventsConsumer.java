package org.compactdpa.signatures.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.signatures.service.DistrictDirectory;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the district directory in step with the districts service's events. */
@ApplicationScoped
public class DistrictEventsConsumer {

    static final String CONSUMER = "signatures.districts";

    private final Inbox inbox;
    private final DistrictDirectory directory;
    private final ObjectMapper json;

    public DistrictEventsConsumer(Inbox inbox, DistrictDirectory directory, ObjectMapper json) {
        this.inbox = inbox;
        this.directory = directory;
        this.json = json;
    }

    @Incoming("districts")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        if (event.is(DistrictRegistered.class)) {
            return directory.apply(event.payload(DistrictRegistered.class, json));
        }
        if (event.is(DistrictJoinedConsortium.class)) {
            return directory.apply(event.payload(DistrictJoinedConsortium.class, json));
        }
        Log.debugf("signatures has no use for %s", event.type());
        return Uni.createFrom().voidItem();
    }
}
