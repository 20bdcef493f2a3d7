package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.districts.districts.DistrictService;
import org.compactdpa.districts.publiclist.Approval;
import org.compactdpa.messaging.persistence.Pages;

/**
 * How open app requests follow the agreements around them, inside the consuming event's
 * transaction: an agreement that comes to cover the product answers them; an offer that closes
 * sends them to another open offer or to the coordinators' queue.
 */
@ApplicationScoped
public class AppRequestReactions {

    private static final String SYSTEM = "compact";

    private final DistrictService districts;
    private final OpenOffers offers;
    private final AppRequestSteps steps;

    AppRequestReactions(DistrictService districts, OpenOffers offers, AppRequestSteps steps) {
        this.districts = districts;
        this.offers = offers;
        this.steps = steps;
    }

    /** Products newly approved on districts' public lists: the open requests for them are approved. */
    public Uni<Void> fulfil(List<Approval> approvals) {
        return Pages.inSequence(approvals, this::fulfil).replaceWithVoid();
    }

    private Uni<List<AppRequest>> fulfil(Approval approval) {
        return AppRequest.<AppRequest>list("districtId = ?1 and productId = ?2 and resolvedAt is null",
                        approval.districtId(), approval.productId())
                .flatMap(open -> Pages.inSequence(open, r -> steps.move(r, AppRequestStatus.APPROVED,
                        "Covered by agreement " + approval.agreementId(), SYSTEM)));
    }

    /**
     * The general offer that answered some requests can no longer be adopted (withdrawn, expired or
     * terminated): each such request points to another open offer for the product if there is one,
     * and otherwise goes to the coordinators' queue instead of waiting on it.
     */
    public Uni<Void> offerClosed(UUID agreementId, String status) {
        String closed = "Offer " + agreementId + " is no longer open (" + status + ")";
        return AppRequest.<AppRequest>list("offerAgreementId = ?1 and status = ?2", agreementId,
                        AppRequestStatus.OFFER_AVAILABLE)
                .flatMap(waiting -> Pages.inSequence(waiting, r -> districts.require(r.districtId)
                        .flatMap(district -> offers.forProduct(r.productId, district.state(), r.districtId))
                        .flatMap(open -> open.isEmpty()
                                ? steps.move(r, AppRequestStatus.QUEUED, closed, SYSTEM)
                                : steps.answerWith(r, open.get(0),
                                        closed + "; offer " + open.get(0) + " covers the product", SYSTEM))))
                .replaceWithVoid();
    }
}
