package org.compactdpa.signatures.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.TermsAgreed;
import org.compactdpa.contracts.events.VendorProfileChanged;
import org.compactdpa.contracts.events.VendorRegistered;
import org.compactdpa.contracts.events.VendorVerified;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.compactdpa.signatures.service.PartyDirectory;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Terms from templates, vendors and products from vendors: what agreements are made of. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private final Inbox inbox;
    private final PartyDirectory directory;
    private final ObjectMapper json;

    public CatalogEventsConsumer(Inbox inbox, PartyDirectory directory, ObjectMapper json) {
        this.inbox = inbox;
        this.directory = directory;
        this.json = json;
    }

    @Incoming("templates")
    public Uni<Void> templates(Message<String> message) {
        return inbox.handleOnce("signatures.templates", message, event -> event.is(TermsAgreed.class)
                ? directory.terms(event.payload(TermsAgreed.class, json)) : Uni.createFrom().voidItem());
    }

    @Incoming("vendors")
    public Uni<Void> vendors(Message<String> message) {
        return inbox.handleOnce("signatures.vendors", message, this::vendor);
    }

    private Uni<Void> vendor(IncomingEvent event) {
        if (event.is(VendorRegistered.class)) {
            var e = event.payload(VendorRegistered.class, json);
            return directory.vendor(e.vendorId(), e.legalName(), null);
        }
        if (event.is(VendorProfileChanged.class)) {
            var e = event.payload(VendorProfileChanged.class, json);
            return directory.vendor(e.vendorId(), e.legalName(), null);
        }
        if (event.is(VendorVerified.class)) {
            var e = event.payload(VendorVerified.class, json);
            return directory.vendor(e.vendorId(), e.legalName(), true);
        }
        if (event.is(ProductRegistered.class)) {
            var e = event.payload(ProductRegistered.class, json);
            return directory.product(e.productId(), e.vendorId(), e.name(), e.dataElements());
        }
        if (event.is(ProductDeclarationChanged.class)) {
            var e = event.payload(ProductDeclarationChanged.class, json);
            return directory.product(e.productId(), e.vendorId(), e.name(), e.dataElements());
        }
        if (event.is(ProductDetailsChanged.class)) {
            var e = event.payload(ProductDetailsChanged.class, json);
            return directory.product(e.productId(), e.vendorId(), e.name(), null);
        }
        return Uni.createFrom().voidItem();
    }
}
