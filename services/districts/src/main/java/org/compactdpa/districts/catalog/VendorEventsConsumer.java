package org.compactdpa.districts.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Vendor and product events keep the names and declared data the public list shows. */
@ApplicationScoped
public class VendorEventsConsumer {

    static final String CONSUMER = "districts.vendors";

    private final Inbox inbox;
    private final EventHandlers handlers;

    public VendorEventsConsumer(Inbox inbox, CatalogProjection catalog, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(VendorRegistered.class, catalog::apply)
                .on(VendorProfileChanged.class, catalog::apply)
                .on(ProductRegistered.class, catalog::apply)
                .on(ProductDeclarationChanged.class, catalog::apply)
                .on(ProductDetailsChanged.class, catalog::apply)
                .named(CONSUMER);
    }

    @Incoming("vendors")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }

    /** The catalog holds nothing but what the vendors topic says, so it can be rebuilt from it. */
    @Produces
    @Singleton
    Projection catalog() {
        return Projection.named("catalog").clearing("known_product", "known_vendor").from(Topics.VENDORS, handlers);
    }
}
