package org.compactdpa.districts.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.districts.domain.AgreementCoverage;
import org.compactdpa.districts.domain.DistrictProduct;
import org.compactdpa.districts.domain.ListingRule;
import org.compactdpa.districts.domain.Relationship;
import org.compactdpa.districts.repository.AgreementCoverageRepository;
import org.compactdpa.districts.repository.DistrictProductRepository;

/**
 * Builds each district's public list from the signatures service's agreement events: every
 * agreement's products are recorded with its status, then each touched product's line is decided
 * again by {@link ListingRule}. Runs inside the inbox transaction of each event.
 */
@ApplicationScoped
public class PublicListProjection {

    private final AgreementCoverageRepository coverages;
    private final DistrictProductRepository lines;
    private final AppRequestReactions appRequests;

    public PublicListProjection(AgreementCoverageRepository coverages, DistrictProductRepository lines,
            AppRequestReactions appRequests) {
        this.coverages = coverages;
        this.lines = lines;
        this.appRequests = appRequests;
    }

    /** What an agreement event says about the agreement's coverage rows. */
    record Covered(UUID agreementId, UUID districtId, UUID vendorId, String vendorName, List<AgreementProduct> products,
            Relationship relationship, UUID originAgreementId) {
    }

    public Uni<Void> apply(AgreementCreated e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ORIGINATED, null), c -> {
                    if (c.status == null) {
                        c.status = AgreementStatus.AWAITING_VENDOR;
                    }
                });
    }

    public Uni<Void> apply(AgreementExecuted e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ORIGINATED, null), executed(e.effectiveOn(), e.expiresOn()));
    }

    public Uni<Void> apply(AgreementAdopted e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ADOPTED, e.originAgreementId()), executed(e.effectiveOn(), e.expiresOn()));
    }

    /** Declined, expired or terminated: the agreement's rows end; the lines are decided again. */
    public Uni<Void> ended(UUID agreementId, AgreementStatus status) {
        return coverages.list("key.agreementId", agreementId).flatMap(rows -> {
            rows.forEach(c -> {
                c.status = status;
                c.updatedAt = Instant.now();
            });
            return decideAll(rows);
        });
    }

    private static Consumer<AgreementCoverage> executed(LocalDate effectiveOn, LocalDate expiresOn) {
        return c -> {
            c.status = AgreementStatus.EXECUTED;
            c.effectiveOn = effectiveOn;
            c.expiresOn = expiresOn;
        };
    }

    private Uni<Void> record(Covered covered, Consumer<AgreementCoverage> change) {
        Uni<List<AgreementCoverage>> upserted = Uni.createFrom().item(new java.util.ArrayList<>());
        for (AgreementProduct product : covered.products()) {
            upserted = upserted.flatMap(done -> coverages
                    .findById(new AgreementCoverage.Key(covered.agreementId(), product.productId()))
                    .flatMap(existing -> {
                        AgreementCoverage c = existing != null ? existing : new AgreementCoverage();
                        c.key = new AgreementCoverage.Key(covered.agreementId(), product.productId());
                        c.districtId = covered.districtId();
                        c.vendorId = covered.vendorId();
                        c.vendorName = covered.vendorName();
                        c.productName = product.name();
                        c.relationship = covered.relationship();
                        c.originAgreementId = covered.originAgreementId();
                        c.updatedAt = Instant.now();
                        change.accept(c);
                        return coverages.persist(c);
                    })
                    .map(c -> {
                        done.add(c);
                        return done;
                    }));
        }
        return upserted.flatMap(this::decideAll);
    }

    private Uni<Void> decideAll(List<AgreementCoverage> touched) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AgreementCoverage c : touched) {
            chain = chain.flatMap(ignored -> decide(c.districtId, c.key.productId()));
        }
        return chain;
    }

    /** Decides the district's line for one product from all its agreements covering it. */
    private Uni<Void> decide(UUID districtId, UUID productId) {
        LocalDate today = LocalDate.now();
        return coverages.flush()
                .flatMap(flushed -> coverages.list("districtId = ?1 and key.productId = ?2", districtId, productId))
                .flatMap(all -> ListingRule.deciding(all, today).map(winner -> lines
                        .findById(new DistrictProduct.Key(districtId, productId))
                        .flatMap(existing -> {
                            DistrictProduct line = existing != null ? existing : new DistrictProduct();
                            boolean newlyApproved = ListingRule.statusOf(winner, today) == ProductStatus.APPROVED
                                    && (existing == null || ListingRule.statusOf(existing, today) != ProductStatus.APPROVED);
                            line.key = new DistrictProduct.Key(districtId, productId);
                            line.vendorId = winner.vendorId;
                            line.status = ListingRule.statusOf(winner, today);
                            line.agreementId = winner.key.agreementId();
                            line.relationship = winner.relationship;
                            line.effectiveOn = winner.effectiveOn;
                            line.expiresOn = winner.expiresOn;
                            line.updatedAt = Instant.now();
                            return lines.persist(line).flatMap(saved -> newlyApproved
                                    ? appRequests.fulfil(districtId, productId, winner.key.agreementId())
                                    : Uni.createFrom().voidItem());
                        }))
                        .orElse(Uni.createFrom().voidItem()));
    }
}
