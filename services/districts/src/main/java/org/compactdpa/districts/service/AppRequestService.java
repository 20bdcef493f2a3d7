package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.domain.AppRequest;
import org.compactdpa.districts.domain.AppRequestStatus;
import org.compactdpa.districts.domain.DistrictProduct;
import org.compactdpa.districts.domain.ListingRule;
import org.compactdpa.districts.repository.AppRequestRepository;
import org.compactdpa.districts.repository.DistrictProductRepository;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.repository.KnownProductRepository;
import org.compactdpa.districts.rest.api.AppRequestView;
import org.compactdpa.districts.rest.api.NewAppRequest;
import org.compactdpa.messaging.outbox.Outbox;
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

    private final AppRequestRepository requests;
    private final DistrictRepository districts;
    private final KnownProductRepository products;
    private final DistrictProductRepository lines;
    private final AppRequestSteps steps;
    private final AppRequestAccess access;
    private final AppRequestQueries queries;
    private final Outbox outbox;
    private final Caller caller;

    public AppRequestService(AppRequestRepository requests, DistrictRepository districts,
            KnownProductRepository products, DistrictProductRepository lines, AppRequestSteps steps,
            AppRequestAccess access, AppRequestQueries queries, Outbox outbox, Caller caller) {
        this.requests = requests;
        this.districts = districts;
        this.products = products;
        this.lines = lines;
        this.steps = steps;
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
                        .flatMap(name -> steps.openOffers(input.productId(), district.state, districtId)
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
                .call(request -> steps.step(request, request.status, null, caller.subject(), request.requestedAt))
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
                .flatMap(r -> steps.transition(r, outcome, note, caller.subject()))
                .flatMap(queries::view);
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

}
