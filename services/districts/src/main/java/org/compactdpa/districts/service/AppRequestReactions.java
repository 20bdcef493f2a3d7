package org.compactdpa.districts.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.compactdpa.districts.domain.AppRequest;
import org.compactdpa.districts.domain.AppRequestStatus;
import org.compactdpa.districts.repository.AppRequestRepository;
import org.compactdpa.districts.repository.DistrictRepository;

/**
 * How open app requests follow the agreements around them, inside the consuming event's
 * transaction: an agreement that covers the product answers them; an offer that closes sends them
 * to another open offer or to the coordinators' queue.
 */
@ApplicationScoped
public class AppRequestReactions {

    private static final String SYSTEM = "compact";

    private final AppRequestRepository requests;
    private final DistrictRepository districts;
    private final AppRequestSteps steps;

    public AppRequestReactions(AppRequestRepository requests, DistrictRepository districts, AppRequestSteps steps) {
        this.requests = requests;
        this.districts = districts;
        this.steps = steps;
    }

    /** An agreement now covers the product for the district: open requests for it are answered. */
    public Uni<Void> fulfil(UUID districtId, UUID productId, UUID agreementId) {
        return requests.list("districtId = ?1 and productId = ?2 and resolvedAt is null", districtId, productId)
                .flatMap(open -> each(open, r -> steps.transition(r, AppRequestStatus.APPROVED,
                        "Covered by agreement " + agreementId, SYSTEM)));
    }

    /**
     * The general offer that answered some requests can no longer be adopted (withdrawn, expired or
     * terminated): each such request points to another open offer for the product if there is one,
     * and otherwise goes to the coordinators' queue instead of waiting on it.
     */
    public Uni<Void> offerClosed(UUID agreementId, String status) {
        String closed = "Offer " + agreementId + " is no longer open (" + status + ")";
        return requests.list("offerAgreementId = ?1 and status = ?2", agreementId, AppRequestStatus.OFFER_AVAILABLE)
                .flatMap(waiting -> each(waiting, r -> districts.findById(r.districtId)
                        .flatMap(district -> steps.openOffers(r.productId, district.state, r.districtId))
                        .flatMap(open -> {
                            if (open.isEmpty()) {
                                r.offerAgreementId = null;
                                return steps.transition(r, AppRequestStatus.QUEUED, closed, SYSTEM);
                            }
                            r.offerAgreementId = open.get(0).agreementId;
                            String note = closed + "; offer " + r.offerAgreementId + " covers the product";
                            return steps.step(r, AppRequestStatus.OFFER_AVAILABLE, note, SYSTEM, Instant.now()).replaceWith(r);
                        })));
    }

    private static Uni<Void> each(List<AppRequest> rows, Function<AppRequest, Uni<AppRequest>> change) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AppRequest r : rows) {
            chain = chain.flatMap(ignored -> change.apply(r).replaceWithVoid());
        }
        return chain;
    }
}
