package org.compactdpa.districts.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementDeclined;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementExpired;
import org.compactdpa.contracts.events.AgreementTerminated;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.events.Topics;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.districts.apprequests.AppRequestReactions;
import org.compactdpa.districts.catalog.OfferProjection;
import org.compactdpa.districts.publiclist.Approval;
import org.compactdpa.districts.publiclist.PublicListProjection;
import org.compactdpa.messaging.inbox.EventHandlers;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.projections.Projection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Agreement events from signatures, handed on in order: the districts' public lists first, then
 * the app requests a new approval answers, then the general offers open for adoption; an offer
 * that closes sends the requests it answered elsewhere. It sits above the capabilities it feeds,
 * so none of them needs to know another.
 * <p>
 * The public lists and the open offers are projections of these events and can be rebuilt from the
 * topic; the app requests are the districts' own records, which a rebuild leaves alone, so the
 * rebuild replays the same projection steps without the reactions.
 */
@ApplicationScoped
public class AgreementEventsConsumer {

    static final String CONSUMER = "districts.agreements";

    private final Inbox inbox;
    private final OfferProjection offers;
    private final AppRequestReactions appRequests;
    private final EventHandlers handlers;
    private final EventHandlers projectionOnly;

    public AgreementEventsConsumer(Inbox inbox, PublicListProjection list, OfferProjection offers,
            AppRequestReactions appRequests, ObjectMapper json) {
        this.inbox = inbox;
        this.offers = offers;
        this.appRequests = appRequests;
        this.handlers = EventHandlers.using(json)
                .on(AgreementCreated.class, e -> listed(list.apply(e)))
                .on(AgreementExecuted.class, e -> listed(list.apply(e)).flatMap(done -> offers.apply(e)))
                .on(AgreementAdopted.class, e -> listed(list.apply(e)))
                .on(AgreementDeclined.class, e -> listed(list.ended(e.agreementId(), AgreementStatus.DECLINED)))
                .on(AgreementExpired.class, e -> listed(list.ended(e.agreementId(), AgreementStatus.EXPIRED))
                        .flatMap(done -> offerClosed(e.agreementId(), "EXPIRED")))
                .on(AgreementTerminated.class, e -> listed(list.ended(e.agreementId(), AgreementStatus.TERMINATED))
                        .flatMap(done -> offerClosed(e.agreementId(), "TERMINATED")))
                .on(OfferWithdrawn.class, e -> offerClosed(e.agreementId(), "WITHDRAWN"))
                .named(CONSUMER);
        this.projectionOnly = EventHandlers.using(json)
                .on(AgreementCreated.class, e -> list.apply(e).replaceWithVoid())
                .on(AgreementExecuted.class, e -> list.apply(e).flatMap(done -> offers.apply(e)))
                .on(AgreementAdopted.class, e -> list.apply(e).replaceWithVoid())
                .on(AgreementDeclined.class, e -> list.ended(e.agreementId(), AgreementStatus.DECLINED).replaceWithVoid())
                .on(AgreementExpired.class, e -> list.ended(e.agreementId(), AgreementStatus.EXPIRED)
                        .flatMap(done -> offers.closed(e.agreementId(), "EXPIRED")))
                .on(AgreementTerminated.class, e -> list.ended(e.agreementId(), AgreementStatus.TERMINATED)
                        .flatMap(done -> offers.closed(e.agreementId(), "TERMINATED")))
                .on(OfferWithdrawn.class, e -> offers.closed(e.agreementId(), "WITHDRAWN"))
                .named(CONSUMER);
    }

    @Incoming("agreements")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handleOnce(handlers, message);
    }

    /** The public lists and open offers, rebuilt from the agreements topic without touching app requests. */
    @Produces
    @Singleton
    Projection publicList() {
        return Projection.named("public-list")
                .clearing("district_product", "agreement_coverage", "known_offer_product", "known_offer")
                .from(Topics.AGREEMENTS, projectionOnly);
    }

    /** A product newly approved on a district's list answers that district's open requests for it. */
    private Uni<Void> listed(Uni<List<Approval>> approvals) {
        return approvals.flatMap(appRequests::fulfil);
    }

    /** No more adoptions of the offer; requests it answered go to another offer or to the coordinators. */
    private Uni<Void> offerClosed(UUID agreementId, String status) {
        return offers.closed(agreementId, status).flatMap(done -> appRequests.offerClosed(agreementId, status));
    }
}
