package org.compactdpa.vendors.onboarding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.compactdpa.contracts.events.VendorApplicationConfirmed;
import org.compactdpa.contracts.events.VendorApplicationVerified;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.vendors.vendors.VendorOnboarding;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Vendors that register themselves: the accounts service announces a confirmed application (the vendor
 * exists, UNVERIFIED) and its verification (the vendor is verified). Handled once per event (the inbox).
 */
@ApplicationScoped
public class AccountEventsConsumer {

    static final String CONSUMER = "vendors.accounts";

    private final Inbox inbox;
    private final EventHandlers handlers;

    public AccountEventsConsumer(Inbox inbox, VendorOnboarding onboarding, ObjectMapper json) {
        this.inbox = inbox;
        this.handlers = EventHandlers.using(json)
                .on(VendorApplicationConfirmed.class, onboarding::registerUnverified)
                .on(VendorApplicationVerified.class, onboarding::markVerified)
                .named(CONSUMER);
    }

    @Incoming("accounts")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }
}
