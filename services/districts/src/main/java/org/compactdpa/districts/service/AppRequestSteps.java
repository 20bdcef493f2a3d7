package org.compactdpa.districts.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.districts.domain.AppRequest;
import org.compactdpa.districts.domain.AppRequestHistory;
import org.compactdpa.districts.domain.AppRequestStatus;
import org.compactdpa.districts.domain.KnownOffer;
import org.compactdpa.districts.repository.AppRequestHistoryRepository;
import org.compactdpa.districts.repository.MembershipRepository;
import org.compactdpa.messaging.outbox.Outbox;

/**
 * What every change to an app request shares: the step in its history, the announcement of an
 * outcome, and the general offers open to the district for the product.
 */
@ApplicationScoped
class AppRequestSteps {

    private final AppRequestHistoryRepository history;
    private final MembershipRepository memberships;
    private final OfferProjection offers;
    private final Outbox outbox;

    AppRequestSteps(AppRequestHistoryRepository history, MembershipRepository memberships, OfferProjection offers,
            Outbox outbox) {
        this.history = history;
        this.memberships = memberships;
        this.offers = offers;
        this.outbox = outbox;
    }

    /** Records the step; an outcome (every status but QUEUED) is announced, NEGOTIATION_STARTED included. */
    Uni<AppRequest> transition(AppRequest r, AppRequestStatus next, String note, String actor) {
        Instant at = Instant.now();
        r.status = next;
        if (next.isOutcome()) {
            r.resolutionNote = note;
        }
        if (!next.isOpen()) {
            r.resolvedAt = at;
            r.resolvedBy = actor;
        }
        return step(r, next, note, actor, at)
                .call(ignored -> next.isOutcome()
                        ? outbox.publish(r.id, new AppRequestResolved(r.id, r.districtId, r.productId, next.name(), note,
                                at))
                        : Uni.createFrom().voidItem())
                .replaceWith(r);
    }

    Uni<AppRequestHistory> step(AppRequest r, AppRequestStatus status, String note, String actor, Instant at) {
        return history.count("key.requestId", r.id).flatMap(count -> {
            AppRequestHistory row = new AppRequestHistory();
            row.key = new AppRequestHistory.Key(r.id, count.intValue() + 1);
            row.status = status;
            row.note = note;
            row.actor = actor;
            row.at = at;
            return history.persist(row);
        });
    }

    /** Offers open to the district for the product: in its state, and of one of its consortia if scoped. */
    Uni<List<KnownOffer>> openOffers(UUID productId, String state, UUID districtId) {
        if (productId == null) {
            return Uni.createFrom().item(List.of());
        }
        return memberships.list("key.districtId", districtId)
                .map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList())
                .flatMap(consortia -> offers.openFor(productId, state, consortia, LocalDate.now()));
    }
}
