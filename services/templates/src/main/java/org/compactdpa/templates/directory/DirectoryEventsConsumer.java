package org.compactdpa.templates.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The other door into templates: memberships from the districts topic, verifications and products from the vendors topic. */
@ApplicationScoped
public class DirectoryEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers fromDistricts;
    private final EventHandlers fromVendors;

    public DirectoryEventsConsumer(Inbox inbox, DirectoryProjection directory, ObjectMapper json) {
        this.inbox = inbox;
        this.fromDistricts = EventHandlers.using(json)
                .on(DistrictJoinedConsortium.class, directory::apply)
                .named("templates.districts");
        this.fromVendors = EventHandlers.using(json)
                .on(VendorVerified.class, directory::apply)
                .on(ProductRegistered.class, directory::apply)
                .named("templates.vendors");
    }

    @Incoming("districts")
    public Uni<Void> districts(Message<String> message) {
        return inbox.handleOnce(fromDistricts, message);
    }

    @Incoming("vendors")
    public Uni<Void> vendors(Message<String> message) {
        return inbox.handleOnce(fromVendors, message);
    }

    /** The directory holds only what the two topics say, so it can be rebuilt from them. */
    @Produces
    @Singleton
    Projection directory() {
        return Projection.named("directory").clearing("known_member", "known_verified_vendor", "known_product")
                .and(Topics.DISTRICTS, fromDistricts).from(Topics.VENDORS, fromVendors);
    }
}
