package org.compactdpa.districts.apprequests;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.districts.catalog.CatalogQueries;
import org.compactdpa.districts.districts.DistrictService;
import org.compactdpa.districts.publiclist.PublicListService;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * App requests: district staff ask to use a product; an active general offer answers at once,
 * otherwise the district's consortia's coordinators get it in their queue and resolve it. Every
 * step is kept in the request's history; every outcome is announced. What agreement events do to
 * open requests lives in {@link AppRequestReactions}.
 */
@ApplicationScoped
public class AppRequestService {

    private final DistrictService districts;
    private final PublicListService publicList;
    private final CatalogQueries catalog;
    private final OpenOffers offers;
    private final AppRequestSteps steps;
    private final AppRequestAccess access;
    private final AppRequestQueries queries;
    private final Caller caller;
    private final Clock clock;

    AppRequestService(DistrictService districts, PublicListService publicList, CatalogQueries catalog,
            OpenOffers offers, AppRequestSteps steps, AppRequestAccess access, AppRequestQueries queries, Caller caller,
            Clock clock) {
        this.districts = districts;
        this.publicList = publicList;
        this.catalog = catalog;
        this.offers = offers;
        this.steps = steps;
        this.access = access;
        this.queries = queries;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AppRequestView> submit(UUID districtId, NewAppRequest input) {
        access.requireDistrictPerson(districtId);
        if (input.productId() == null && (input.productName() == null || input.productName().isBlank())) {
            throw ProblemException.invalid("productName", "name the product (or give a known productId)");
        }
        return districts.require(districtId)
                .flatMap(district -> refuseIfApproved(districtId, input.productId())
                        .flatMap(notYet -> productName(input))
                        .flatMap(name -> offers.forProduct(input.productId(), district.state(), districtId)
                                .map(open -> AppRequest.open(districtId, input.productId(), name, input.purpose(),
                                        open.isEmpty() ? null : open.get(0), caller.subject(), clock.instant()))))
                .flatMap(steps::opened)
                .flatMap(queries::view);
    }

    @WithTransaction
    public Uni<AppRequestView> resolve(UUID requestId, AppRequestStatus outcome, String note) {
        if (!AppRequestStatus.COORDINATOR_OUTCOMES.contains(outcome)) {
            throw ProblemException.invalid("outcome", "must be NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED");
        }
        return AppRequest.<AppRequest>findById(requestId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("App request", requestId))
                .call(r -> access.requireCoordinatorOf(r.districtId))
                .flatMap(r -> steps.move(r, outcome, note, caller.subject()))
                .flatMap(queries::view);
    }

    /** Asking for a product the district may already use is a 409 (an approval past its expiry no longer counts). */
    private Uni<Void> refuseIfApproved(UUID districtId, UUID productId) {
        if (productId == null) {
            return Uni.createFrom().voidItem();
        }
        return publicList.approvingAgreement(districtId, productId).invoke(agreementId -> {
            if (agreementId != null) {
                throw ProblemException.conflict("The product is already approved for this district"
                        + " under agreement " + agreementId);
            }
        }).replaceWithVoid();
    }

    /** The name the vendors service gave a known product; otherwise the one the district typed. */
    private Uni<String> productName(NewAppRequest input) {
        if (input.productId() == null) {
            return Uni.createFrom().item(input.productName().trim());
        }
        return catalog.productName(input.productId()).map(known -> {
            if (known != null) {
                return known;
            }
            if (input.productName() == null || input.productName().isBlank()) {
                throw ProblemException.unprocessable("productId",
                        "Product " + input.productId() + " is not known here yet; give its productName too");
            }
            return input.productName().trim();
        });
    }
}
