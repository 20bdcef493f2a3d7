package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.domain.AppRequest;
import org.compactdpa.districts.domain.AppRequestHistory;
import org.compactdpa.districts.domain.AppRequestStatus;
import org.compactdpa.districts.domain.DistrictProduct;
import org.compactdpa.districts.domain.KnownOffer;
import org.compactdpa.districts.domain.ListingRule;
import org.compactdpa.districts.repository.AppRequestHistoryRepository;
import org.compactdpa.districts.repository.AppRequestRepository;
import org.compactdpa.districts.repository.DistrictProductRepository;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.repository.KnownProductRepository;
import org.compactdpa.districts.repository.MembershipRepository;
import org.compactdpa.districts.rest.api.AppRequestView;
import org.compactdpa.districts.rest.api.NewAppRequest;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * App requests: district staff ask to use a product; an active general offer answers at once,
 * otherwise the district's consortia's coordinators get it in their queue and resolve it. Every
 * step is kept in the request's history; every outcome is announced.
 */
@ApplicationScoped
public class AppRequestService {

    private static final String SYSTEM = "compact";

    private final AppRequestRepository requests;
    private final AppRequestHistoryRepository history;
    private final DistrictRepository districts;
    private final MembershipRepository memberships;
    private final KnownProductRepository products;
    private final DistrictProductRepository lines;
    private final OfferProjection offers;
    private final AppRequestAccess access;
    private final AppRequestQueries queries;
    private final Outbox outbox;
    private final Caller caller;

    public AppRequestService(AppRequestRepository requests, AppRequestHistoryRepository history,
            DistrictRepository districts, MembershipRepository memberships, KnownProductRepository products,
            DistrictProductRepository lines, OfferProjection offers, AppRequestAccess access, AppRequestQueries queries,
            Outbox outbox, Caller caller) {
        this.requests = requests;
        this.history = history;
        this.districts = districts;
        this.memberships = memberships;
        this.products = products;
        this.lines = lines;
        this.offers = offers;
        this.access = access;
        this.queries = queries;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<AppRequestView> submit(UUID districtId, NewAppRequest input) {
        access.requireDistrictPerson(districtId);
        if (input.productId() == null && (input.productName() == null || input.productName().isBlank())) {
            throw ProblemException.invalid("productName", "name the product (or give a known productId)");
        }
        return districts.findById(districtId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("District", districtId))
                .flatMap(district -> alreadyApproved(districtId, input.productId())
                        .flatMap(approved -> {
                            if (approved != null) {
                                throw ProblemException.conflict("The product is already approved for this district"
                                        + " under agreement " + approved.agreementId);
                            }
                            return productName(input);
                        })
                        .flatMap(name -> openOffers(input.productId(), district.state, districtId)
                                .flatMap(open -> {
                                    AppRequest request = new AppRequest();
                                    request.id = UUID.randomUUID();
                                    request.districtId = districtId;
                                    request.productId = input.productId();
                                    request.productName = name;
                                    request.purpose = input.purpose();
                                    request.requestedBy = caller.subject();
                                    request.requestedAt = Instant.now();
                                    request.status = open.isEmpty() ? AppRequestStatus.QUEUED
                                            : AppRequestStatus.OFFER_AVAILABLE;
                                    request.offerAgreementId = open.isEmpty() ? null : open.get(0).agreementId;
                                    return requests.persist(request);
                                })))
                .call(request -> step(request, request.status, null, caller.subject(), request.requestedAt))
                .call(request -> outbox.publish(request.id, new AppRequestSubmitted(request.id, districtId,
                        request.productId, request.productName, request.status.name(), request.offerAgreementId,
                        request.requestedAt)))
                .flatMap(queries::view);
    }

    @WithTransaction
    public Uni<AppRequestView> resolve(UUID requestId, AppRequestStatus outcome, String note) {
        if (!AppRequestStatus.COORDINATOR_OUTCOMES.contains(outcome)) {
            throw ProblemException.invalid("outcome", "must be NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED");
        }
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("App request", requestId))
                .call(r -> access.requireCoordinatorOf(r.districtId))
                .invoke(r -> {
                    if (!r.status.canBecome(outcome)) {
                        throw ProblemException.conflict("The request is " + r.status + " and cannot become " + outcome);
                    }
                })
                .flatMap(r -> transition(r, outcome, note, caller.subject()))
                .flatMap(queries::view);
    }

    /** An agreement now covers the product for the district: open requests for it are answered. */
    public Uni<Void> fulfil(UUID districtId, UUID productId, UUID agreementId) {
        return requests.list("districtId = ?1 and productId = ?2 and resolvedAt is null", districtId, productId)
                .flatMap(open -> each(open, r -> transition(r, AppRequestStatus.APPROVED,
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
                        .flatMap(district -> openOffers(r.productId, district.state, r.districtId))
                        .flatMap(open -> {
                            if (open.isEmpty()) {
                                r.offerAgreementId = null;
                                return transition(r, AppRequestStatus.QUEUED, closed, SYSTEM);
                            }
                            r.offerAgreementId = open.get(0).agreementId;
                            String note = closed + "; offer " + r.offerAgreementId + " covers the product";
                            return step(r, AppRequestStatus.OFFER_AVAILABLE, note, SYSTEM, Instant.now()).replaceWith(r);
                        })));
    }

    /** Records the step; an outcome (every status but QUEUED) is announced, NEGOTIATION_STARTED included. */
    private Uni<AppRequest> transition(AppRequest r, AppRequestStatus next, String note, String actor) {
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

    private Uni<AppRequestHistory> step(AppRequest r, AppRequestStatus status, String note, String actor, Instant at) {
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

    private static Uni<Void> each(List<AppRequest> rows, Function<AppRequest, Uni<AppRequest>> change) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AppRequest r : rows) {
            chain = chain.flatMap(ignored -> change.apply(r).replaceWithVoid());
        }
        return chain;
    }

    /** The district's line for the product, if it is approved today (an approval past its expiry is not). */
    private Uni<DistrictProduct> alreadyApproved(UUID districtId, UUID productId) {
        if (productId == null) {
            return Uni.createFrom().nullItem();
        }
        LocalDate today = LocalDate.now();
        return lines.findById(new DistrictProduct.Key(districtId, productId))
                .map(line -> line != null && ListingRule.statusOf(line, today) == ProductStatus.APPROVED ? line : null);
    }

    private Uni<String> productName(NewAppRequest input) {
        if (input.productId() == null) {
            return Uni.createFrom().item(input.productName().trim());
        }
        return products.findById(input.productId()).map(known -> {
            if (known != null) {
                return known.name;
            }
            if (input.productName() == null || input.productName().isBlank()) {
                throw ProblemException.unprocessable("productId",
                        "Product " + input.productId() + " is not known here yet; give its productName too");
            }
            return input.productName().trim();
        });
    }

    /** Offers open to the district for the product: in its state, and of one of its consortia if scoped. */
    private Uni<List<KnownOffer>> openOffers(UUID productId, String state, UUID districtId) {
        if (productId == null) {
            return Uni.createFrom().item(List.of());
        }
        return memberships.list("key.districtId", districtId)
                .map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList())
                .flatMap(consortia -> offers.openFor(productId, state, consortia, LocalDate.now()));
    }
}
