package org.compactdpa.signatures.offers;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.compactdpa.contracts.events.OfferWithdrawn;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.signatures.agreements.Agreement;
import org.compactdpa.signatures.agreements.AgreementDocument;
import org.compactdpa.signatures.agreements.AgreementKind;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.agreements.AgreementViews;
import org.compactdpa.signatures.evidence.EvidenceType;
import org.compactdpa.signatures.evidence.Origin;
import org.compactdpa.signatures.signing.AgreementSteps;
import org.compactdpa.signatures.signing.DocumentView;
import org.compactdpa.signatures.signing.Step;

/**
 * General offers: the open ones (executed, in force, carrying Exhibit E, not withdrawn), Exhibit E
 * as a district would sign it, and the vendor's withdrawal, which closes the offer to new adoptions
 * while the existing ones stay in force.
 */
@ApplicationScoped
public class OfferService {

    private final AgreementSteps steps;
    private final AgreementViews views;
    private final Caller caller;
    private final Clock clock;

    public OfferService(AgreementSteps steps, AgreementViews views, Caller caller, Clock clock) {
        this.steps = steps;
        this.views = views;
        this.caller = caller;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<AgreementView>> open(String state, UUID vendorId, UUID productId, PageRequest page) {
        StringBuilder where = new StringBuilder("kind = :kind and generalOffer = true and status = :status"
                + " and offerWithdrawnAt is null and expiresOn >= :today");
        Parameters params = Parameters.with("kind", AgreementKind.ORIGINAL).and("status", AgreementStatus.EXECUTED)
                .and("today", LocalDate.now(clock));
        if (state != null && !state.isBlank()) {
            where.append(" and state = :state");
            params.and("state", state.trim().toUpperCase(Locale.ROOT));
        }
        if (vendorId != null) {
            where.append(" and vendorId = :vendor");
            params.and("vendor", vendorId);
        }
        if (productId != null) {
            where.append(" and id in (select p.key.agreementId from AgreementProduct p where p.key.productId = :product)");
            params.and("product", productId);
        }
        return Pages.of(Agreement.<Agreement>find(where.toString(), Sort.descending("expiresOn").and("id"), params), page)
                .flatMap(views::publicPage);
    }

    /**
     * Exhibit E as this district would sign it, so the signer can review it and send its hash: the
     * caller's own district, or another known district as a preview.
     */
    @WithSession
    public Uni<DocumentView> exhibitFor(UUID offerId, UUID districtId) {
        UUID district = districtId != null ? districtId : caller.requireOrganisation(OrganisationType.DISTRICT);
        return Offers.offer(offerId, LockModeType.NONE).flatMap(o -> Offers.district(district)
                .flatMap(d -> Offers.products(o).map(products -> Offers.exhibitE(o, d, products))))
                .map(text -> new DocumentView(offerId, text, AgreementDocument.sha256(text)));
    }

    @WithTransaction
    public Uni<AgreementView> withdraw(UUID offerId, Origin origin) {
        return Offers.offer(offerId, LockModeType.PESSIMISTIC_WRITE).flatMap(o -> {
            if (!caller.actsFor(OrganisationType.VENDOR, o.vendorId)
                    || !(caller.hasRole(Roles.VENDOR_SIGNER) || caller.hasRole(Roles.VENDOR_STAFF))) {
                throw ProblemException.forbidden("Only the vendor withdraws its general offer");
            }
            OfferWithdrawal.refusal(o, LocalDate.now(clock)).ifPresent(reason -> {
                throw ProblemException.conflict(reason);
            });
            o.offerWithdrawnAt = clock.instant();
            o.updatedAt = o.offerWithdrawnAt;
            return steps.commit(Step.on(o).announcing(new OfferWithdrawn(o.id, o.vendorId, o.offerWithdrawnAt))
                    .recording(EvidenceType.OFFER_WITHDRAWN, origin, "The general offer is closed to new adoptions"));
        }).flatMap(views::of);
    }
}
