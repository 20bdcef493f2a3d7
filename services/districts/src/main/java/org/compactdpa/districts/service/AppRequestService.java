package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AppRequestResolved;
import org.compactdpa.contracts.events.AppRequestSubmitted;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.districts.domain.AppRequest;
import org.compactdpa.districts.domain.AppRequestHistory;
import org.compactdpa.districts.domain.AppRequestStatus;
import org.compactdpa.districts.domain.District;
import org.compactdpa.districts.domain.DistrictProduct;
import org.compactdpa.districts.domain.Membership;
import org.compactdpa.districts.repository.AppRequestHistoryRepository;
import org.compactdpa.districts.repository.AppRequestRepository;
import org.compactdpa.districts.repository.DistrictProductRepository;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.repository.KnownProductRepository;
import org.compactdpa.districts.repository.MembershipRepository;
import org.compactdpa.districts.rest.api.AppRequestView;
import org.compactdpa.districts.rest.api.NewAppRequest;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * App requests: district staff ask to use a product; an active general offer answers at once,
 * otherwise the district's consortia's coordinators get it in their queue and resolve it.
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
    private final Outbox outbox;
    private final Caller caller;

    public AppRequestService(AppRequestRepository requests, AppRequestHistoryRepository history,
            DistrictRepository districts, MembershipRepository memberships, KnownProductRepository products,
            DistrictProductRepository lines, OfferProjection offers, Outbox outbox, Caller caller) {
        this.requests = requests;
        this.history = history;
        this.districts = districts;
        this.memberships = memberships;
        this.products = products;
        this.lines = lines;
        this.offers = offers;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<AppRequestView> submit(UUID districtId, NewAppRequest input) {
        if (input.productId() == null && (input.productName() == null || input.productName().isBlank())) {
            throw ProblemException.invalid("productName", "name the product (or give a known productId)");
        }
        if (!caller.isPlatformAdmin() && !caller.actsFor(OrganisationType.DISTRICT, districtId)) {
            throw ProblemException.forbidden("Only staff of district " + districtId + " may ask on its behalf");
        }
        return district(districtId).flatMap(district -> alreadyApproved(districtId, input.productId())
                .flatMap(approved -> {
                    if (approved != null) {
                        throw ProblemException.conflict("The product is already approved for this district under"
                                + " agreement " + approved.agreementId);
                    }
                    return productName(input);
                })
                .flatMap(name -> consortiaOf(districtId).flatMap(consortia -> input.productId() == null
                        ? Uni.createFrom().item(List.<org.compactdpa.districts.domain.KnownOffer>of())
                        : offers.openFor(input.productId(), district.state, consortia, LocalDate.now()))
                        .flatMap(open -> {
                            AppRequest request = new AppRequest();
                            request.id = UUID.randomUUID();
                            request.districtId = districtId;
                            request.productId = input.productId();
                            request.productName = name;
                            request.purpose = input.purpose();
                            request.requestedBy = caller.subject();
                            request.requestedAt = Instant.now();
                            request.status = open.isEmpty() ? AppRequestStatus.QUEUED : AppRequestStatus.OFFER_AVAILABLE;
                            request.offerAgreementId = open.isEmpty() ? null : open.get(0).agreementId;
                            return requests.persist(request);
                        }))
                .call(request -> step(request, request.status, null, caller.subject()))
                .call(request -> outbox.publish(request.id, new AppRequestSubmitted(request.id, districtId,
                        request.productId, request.productName, request.status.name(), request.offerAgreementId,
                        request.requestedAt)))
                .flatMap(this::view));
    }

    @WithSession
    public Uni<Page<AppRequestView>> ofDistrict(UUID districtId, PageRequest page) {
        return district(districtId)
                .call(district -> requireDistrictReader(districtId))
                .flatMap(district -> {
                    var query = requests.find("districtId", Sort.descending("requestedAt").and("id"), districtId)
                            .page(page.page, page.size);
                    return query.list().flatMap(rows -> query.count().flatMap(total -> views(rows)
                            .map(items -> new Page<>(items, page.page, page.size, total))));
                });
    }

    /** The coordinators' queue: requests of the consortium's member districts, open ones unless asked otherwise. */
    @WithSession
    public Uni<Page<AppRequestView>> queue(UUID consortiumId, boolean openOnly, PageRequest page) {
        caller.requireActsFor(OrganisationType.CONSORTIUM, consortiumId);
        String where = "districtId in (select m.key.districtId from Membership m where m.key.consortiumId = ?1)"
                + (openOnly ? " and resolvedAt is null" : "");
        var query = requests.find(where, Sort.ascending("requestedAt").and("id"), consortiumId).page(page.page, page.size);
        return query.list().flatMap(rows -> query.count().flatMap(total -> views(rows)
                .map(items -> new Page<>(items, page.page, page.size, total))));
    }

    @WithSession
    public Uni<AppRequestView> find(UUID requestId) {
        return request(requestId).call(r -> requireDistrictReader(r.districtId)).flatMap(this::view);
    }

    @WithTransaction
    public Uni<AppRequestView> resolve(UUID requestId, AppRequestStatus outcome, String note) {
        if (!AppRequestStatus.COORDINATOR_OUTCOMES.contains(outcome)) {
            throw ProblemException.invalid("outcome", "must be NEGOTIATION_STARTED, ALREADY_COVERED or DECLINED");
        }
        return request(requestId)
                .call(r -> requireCoordinatorOf(r.districtId))
                .invoke(r -> {
                    if (!r.status.canBecome(outcome)) {
                        throw ProblemException.conflict("The request is " + r.status + " and cannot become " + outcome);
                    }
                })
                .flatMap(r -> transition(r, outcome, note, caller.subject()))
                .flatMap(this::view);
    }

    /** An agreement now covers the product for the district: open requests for it are answered. */
    public Uni<Void> fulfil(UUID districtId, UUID productId, UUID agreementId) {
        return requests.list("districtId = ?1 and productId = ?2 and resolvedAt is null", districtId, productId)
                .flatMap(open -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (AppRequest r : open) {
                        chain = chain.flatMap(ignored -> transition(r, AppRequestStatus.APPROVED,
                                "Covered by agreement " + agreementId, SYSTEM).replaceWithVoid());
                    }
                    return chain;
                });
    }

    private Uni<AppRequest> transition(AppRequest r, AppRequestStatus next, String note, String actor) {
        r.status = next;
        r.resolutionNote = note;
        if (!next.isOpen()) {
            r.resolvedAt = Instant.now();
            r.resolvedBy = actor;
        }
        return step(r, next, note, actor)
                .call(ignored -> next.isOpen() ? Uni.createFrom().voidItem()
                        : outbox.publish(r.id, new AppRequestResolved(r.id, r.districtId, r.productId, next.name(), note,
                                r.resolvedAt)))
                .replaceWith(r);
    }

    private Uni<AppRequestHistory> step(AppRequest r, AppRequestStatus status, String note, String actor) {
        return history.count("key.requestId", r.id).flatMap(count -> {
            AppRequestHistory row = new AppRequestHistory();
            row.key = new AppRequestHistory.Key(r.id, count.intValue() + 1);
            row.status = status;
            row.note = note;
            row.actor = actor;
            row.at = Instant.now();
            return history.persist(row);
        });
    }

    private Uni<District> district(UUID districtId) {
        return districts.findById(districtId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("District", districtId));
    }

    private Uni<AppRequest> request(UUID requestId) {
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("App request", requestId));
    }

    private Uni<DistrictProduct> alreadyApproved(UUID districtId, UUID productId) {
        if (productId == null) {
            return Uni.createFrom().nullItem();
        }
        return lines.findById(new DistrictProduct.Key(districtId, productId))
                .map(line -> line != null && line.status == ProductStatus.APPROVED ? line : null);
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

    private Uni<List<UUID>> consortiaOf(UUID districtId) {
        return memberships.list("key.districtId", districtId)
                .map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList());
    }

    /** The district's own people, the coordinators of its consortia and platform admins. */
    private Uni<Void> requireDistrictReader(UUID districtId) {
        if (caller.isPlatformAdmin() || caller.actsFor(OrganisationType.DISTRICT, districtId)) {
            return Uni.createFrom().voidItem();
        }
        return requireCoordinatorOf(districtId);
    }

    private Uni<Void> requireCoordinatorOf(UUID districtId) {
        if (caller.isPlatformAdmin()) {
            return Uni.createFrom().voidItem();
        }
        UUID consortium = caller.hasRole(Roles.COORDINATOR)
                ? caller.organisationType().filter(OrganisationType.CONSORTIUM::equals).flatMap(t -> caller.organisationId())
                        .orElse(null)
                : null;
        if (consortium == null) {
            return Uni.createFrom().failure(ProblemException.forbidden("Not your district's request"));
        }
        return memberships.findById(new Membership.Key(consortium, districtId)).map(m -> {
            if (m == null) {
                throw ProblemException.forbidden("District " + districtId + " is not a member of your consortium");
            }
            return null;
        });
    }

    private Uni<AppRequestView> view(AppRequest r) {
        return history.list("key.requestId", Sort.ascending("key.seq"), r.id).map(h -> AppRequestView.of(r, h));
    }

    private Uni<List<AppRequestView>> views(List<AppRequest> rows) {
        return Pages.inSequence(rows, this::view);
    }
}
