package org.compactdpa.districts.publiclist;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.compactdpa.contracts.events.AgreementAdopted;
import org.compactdpa.contracts.events.AgreementCreated;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.contracts.events.AgreementProduct;
import org.compactdpa.contracts.vocabulary.AgreementStatus;
import org.compactdpa.contracts.vocabulary.ProductStatus;
import org.compactdpa.messaging.persistence.Pages;

/**
 * Builds each district's public list from the signatures service's agreement events: every
 * agreement's products are recorded with its status, then each touched product's line is decided
 * again by {@link ListingRule}. Runs inside the inbox transaction of each event, and answers the
 * lines that have just become approved, so that the caller can tell whoever waits for them.
 */
@ApplicationScoped
public class PublicListProjection {

    private final Clock clock;

    public PublicListProjection(Clock clock) {
        this.clock = clock;
    }

    /** What an agreement event says about the agreement's coverage rows. */
    private record Covered(UUID agreementId, UUID districtId, UUID vendorId, String vendorName,
            List<AgreementProduct> products, Relationship relationship, UUID originAgreementId) {
    }

    public Uni<List<Approval>> apply(AgreementCreated e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ORIGINATED, null), c -> {
                    // A late "created" must not set back an agreement whose later status is already known.
                    if (c.status == null) {
                        c.status = AgreementStatus.AWAITING_VENDOR;
                    }
                });
    }

    public Uni<List<Approval>> apply(AgreementExecuted e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ORIGINATED, null), executed(e.effectiveOn(), e.expiresOn()));
    }

    public Uni<List<Approval>> apply(AgreementAdopted e) {
        return record(new Covered(e.agreementId(), e.districtId(), e.vendorId(), e.vendorName(), e.products(),
                Relationship.ADOPTED, e.originAgreementId()), executed(e.effectiveOn(), e.expiresOn()));
    }

    /** Declined, expired or terminated: the agreement's rows end; the lines are decided again. */
    public Uni<List<Approval>> ended(UUID agreementId, AgreementStatus status) {
        Instant now = clock.instant();
        return AgreementCoverage.<AgreementCoverage>list("key.agreementId", agreementId).flatMap(rows -> {
            rows.forEach(c -> {
                c.status = status;
                c.updatedAt = now;
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

    private Uni<List<Approval>> record(Covered covered, Consumer<AgreementCoverage> change) {
        Instant now = clock.instant();
        return Pages.inSequence(covered.products(), product -> {
            var key = new AgreementCoverage.Key(covered.agreementId(), product.productId());
            return AgreementCoverage.<AgreementCoverage>findById(key).flatMap(existing -> {
                AgreementCoverage c = existing != null ? existing : new AgreementCoverage();
                c.key = key;
                c.districtId = covered.districtId();
                c.vendorId = covered.vendorId();
                c.vendorName = covered.vendorName();
                c.productName = product.name();
                c.relationship = covered.relationship();
                c.originAgreementId = covered.originAgreementId();
                c.updatedAt = now;
                change.accept(c);
                return c.<AgreementCoverage>persist();
            });
        }).flatMap(this::decideAll);
    }

    private Uni<List<Approval>> decideAll(List<AgreementCoverage> touched) {
        return Pages.inSequence(touched, c -> decide(c.districtId, c.key.productId()))
                .map(decided -> decided.stream().flatMap(Optional::stream).toList());
    }

    /** Decides the district's line for one product from all its agreements covering it. */
    private Uni<Optional<Approval>> decide(UUID districtId, UUID productId) {
        LocalDate today = LocalDate.now(clock);
        return Panache.flush()
                .flatMap(flushed -> AgreementCoverage.<AgreementCoverage>list(
                        "districtId = ?1 and key.productId = ?2", districtId, productId))
                .flatMap(all -> ListingRule.deciding(all, today)
                        .map(winner -> line(districtId, productId, winner, today))
                        .orElse(Uni.createFrom().item(Optional.empty())));
    }

    private Uni<Optional<Approval>> line(UUID districtId, UUID productId, AgreementCoverage winner, LocalDate today) {
        var key = new DistrictProduct.Key(districtId, productId);
        return DistrictProduct.<DistrictProduct>findById(key).flatMap(existing -> {
            boolean wasApproved = existing != null && ListingRule.statusOf(existing, today) == ProductStatus.APPROVED;
            DistrictProduct line = existing != null ? existing : new DistrictProduct();
            line.key = key;
            line.vendorId = winner.vendorId;
            line.status = ListingRule.statusOf(winner, today);
            line.agreementId = winner.key.agreementId();
            line.relationship = winner.relationship;
            line.effectiveOn = winner.effectiveOn;
            line.expiresOn = winner.expiresOn;
            line.updatedAt = clock.instant();
            boolean nowApproved = line.status == ProductStatus.APPROVED;
            return line.persist().map(saved -> nowApproved && !wasApproved
                    ? Optional.of(new Approval(districtId, productId, winner.key.agreementId()))
                    : Optional.<Approval>empty());
        });
    }
}
