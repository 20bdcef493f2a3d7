package org.compactdpa.districts.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.districts.service.AppRequestReactions;
import org.compactdpa.districts.service.OfferProjection;
import org.compactdpa.districts.service.PublicListProjection;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.inbox.IncomingEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Agreement events from signatures feed the districts' public lists and the offers app requests see;
 * an offer that closes sends the requests it answered to the coordinators.
 */
@ApplicationScoped
public class AgreementEventsConsumer {

    static final String CONSUMER = "districts.agreements";

    private final Inbox inbox;
    private final PublicListProjection list;
    private final OfferProjection offers;
    private final AppRequestReactions appRequests;
    private final ObjectMapper json;

    public AgreementEventsConsumer(Inbox inbox, PublicListProjection list, OfferProjection offers,
            AppRequestReactions appRequests, ObjectMapper json) {
        this.inbox = inbox;
        this.list = list;
        this.offers = offers;
        this.appRequests = appRequests;
        this.json = json;
    }

    @Incoming("agreements")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        if (event.is(AgreementCreated.class)) {
            return list.apply(event.payload(AgreementCreated.class, json));
        }
        if (event.is(AgreementExecuted.class)) {
            AgreementExecuted executed = event.payload(AgreementExecuted.class, json);
            return list.apply(executed).flatMap(ignored -> offers.apply(executed));
        }
        if (event.is(AgreementAdopted.class)) {
            return list.apply(event.payload(AgreementAdopted.class, json));
        }
        if (event.is(AgreementDeclined.class)) {
            return list.ended(event.payload(AgreementDeclined.class, json).agreementId(), AgreementStatus.DECLINED);
        }
        if (event.is(AgreementExpired.class)) {
            var expired = event.payload(AgreementExpired.class, json);
            return list.ended(expired.agreementId(), AgreementStatus.EXPIRED)
                    .flatMap(ignored -> offerClosed(expired.agreementId(), "EXPIRED"));
        }
        if (event.is(AgreementTerminated.class)) {
            var terminated = event.payload(AgreementTerminated.class, json);
            return list.ended(terminated.agreementId(), AgreementStatus.TERMINATED)
                    .flatMap(ignored -> offerClosed(terminated.agreementId(), "TERMINATED"));
        }
        if (event.is(OfferWithdrawn.class)) {
            return offerClosed(event.payload(OfferWithdrawn.class, json).agreementId(), "WITHDRAWN");
        }
        return Uni.createFrom().voidItem();
    }

    /** No more adoptions of the offer; requests it answered go to the coordinators. */
    private Uni<Void> offerClosed(UUID agreementId, String status) {
        return offers.closed(agreementId, status).flatMap(ignored -> appRequests.offerClosed(agreementId, status));
    }
}
