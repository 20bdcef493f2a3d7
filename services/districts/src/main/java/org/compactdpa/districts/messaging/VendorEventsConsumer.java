package org.compactdpa.districts.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.districts.service.CatalogProjection;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Vendor and product events keep the names and declared data the public list shows. */
@ApplicationScoped
public class VendorEventsConsumer {

    static final String CONSUMER = "districts.vendors";

    private final Inbox inbox;
    private final CatalogProjection catalog;
    private final ObjectMapper json;

    public VendorEventsConsumer(Inbox inbox, CatalogProjection catalog, ObjectMapper json) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.json = json;
    }

    @Incoming("vendors")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        if (event.is(VendorRegistered.class)) {
            var registered = event.payload(VendorRegistered.class, json);
            return catalog.vendorNamed(registered.vendorId(), registered.legalName());
        }
        if (event.is(VendorProfileChanged.class)) {
            var changed = event.payload(VendorProfileChanged.class, json);
            return catalog.vendorNamed(changed.vendorId(), changed.legalName());
        }
        if (event.is(ProductRegistered.class)) {
            return catalog.apply(event.payload(ProductRegistered.class, json));
        }
        if (event.is(ProductDeclarationChanged.class)) {
            return catalog.apply(event.payload(ProductDeclarationChanged.class, json));
        }
        if (event.is(ProductDetailsChanged.class)) {
            return catalog.apply(event.payload(ProductDetailsChanged.class, json));
        }
        return Uni.createFrom().voidItem();
    }
}
