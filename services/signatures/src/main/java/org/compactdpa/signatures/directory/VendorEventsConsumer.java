package org.compactdpa.signatures.directory;

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
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Vendors and products from the vendors service: the parties and Exhibit B lines of agreements. */
@ApplicationScoped
public class VendorEventsConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    public VendorEventsConsumer(Inbox inbox, CatalogProjection catalog, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(VendorRegistered.class, catalog::apply)
                .on(VendorProfileChanged.class, catalog::apply)
                .on(VendorVerified.class, catalog::apply)
                .on(ProductRegistered.class, catalog::apply)
                .on(ProductDeclarationChanged.class, catalog::apply)
                .on(ProductDetailsChanged.class, catalog::apply)
                .named("signatures.vendors");
    }

    @Incoming("vendors")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }

    /** Known vendors and products come from the vendors topic alone, so they can be rebuilt from it. */
    @Produces
    @Singleton
    Projection catalog() {
        return Projection.named("catalog").clearing("known_product", "known_vendor").from(Topics.VENDORS, handlers);
    }
}
