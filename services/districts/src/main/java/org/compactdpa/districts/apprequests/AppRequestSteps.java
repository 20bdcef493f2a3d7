package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.messaging.outbox.Outbox;

/**
 * Commits each step of an app request in one go: the change itself, its line in the request's
 * history, and the event that announces it, so that no caller can leave one of them out.
 */
@ApplicationScoped
class AppRequestSteps {

    private final Outbox outbox;
    private final Clock clock;

    AppRequestSteps(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new request: stored, its first step recorded, its submission announced. */
    Uni<AppRequest> opened(AppRequest r) {
        return r.<AppRequest>persist()
                .call(saved -> record(r, null, r.requestedBy, r.requestedAt))
                .call(saved -> outbox.publish(r.id, new AppRequestSubmitted(r.id, r.districtId, r.productId,
                        r.productName, r.status().name(), r.offerAgreementId, r.requestedAt)));
    }

    /**
     * Moves the request to {@code next} (a 409 problem if its status does not allow it) and records
     * the step; an outcome (every status but QUEUED) is announced, NEGOTIATION_STARTED included.
     */
    Uni<AppRequest> move(AppRequest r, AppRequestStatus next, String note, String actor) {
        Instant at = clock.instant();
        r.moveTo(next, note, actor, at);
        return record(r, note, actor, at)
                .call(() -> next.isOutcome()
                        ? outbox.publish(r.id, new AppRequestResolved(r.id, r.districtId, r.productId, next.name(),
                                note, at))
                        : Uni.createFrom().voidItem())
                .replaceWith(r);
    }

    /** Another open offer answers the request; recorded as a step of its own, not announced. */
    Uni<AppRequest> answerWith(AppRequest r, UUID offer, String note, String actor) {
        r.answerWith(offer);
        return record(r, note, actor, clock.instant()).replaceWith(r);
    }

    private Uni<Void> record(AppRequest r, String note, String actor, Instant at) {
        return AppRequestHistory.count("key.requestId", r.id).flatMap(count -> {
            AppRequestHistory row = new AppRequestHistory();
            row.key = new AppRequestHistory.Key(r.id, count.intValue() + 1);
            row.status = r.status();
            row.note = note;
            row.actor = actor;
            row.at = at;
            return row.persist();
        }).replaceWithVoid();
    }
}
