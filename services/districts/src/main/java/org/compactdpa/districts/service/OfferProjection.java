package org.compactdpa.districts.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementExecuted;
import org.compactdpa.districts.domain.KnownOffer;
import org.compactdpa.districts.domain.KnownOfferProduct;
import org.compactdpa.districts.repository.KnownOfferProductRepository;
import org.compactdpa.districts.repository.KnownOfferRepository;

/** General offers open for adoption, kept from agreement events to answer app requests. */
@ApplicationScoped
public class OfferProjection {

    private final KnownOfferRepository offers;
    private final KnownOfferProductRepository offerProducts;

    public OfferProjection(KnownOfferRepository offers, KnownOfferProductRepository offerProducts) {
        this.offers = offers;
        this.offerProducts = offerProducts;
    }

    public Uni<Void> apply(AgreementExecuted e) {
        if (!e.generalOffer()) {
            return Uni.createFrom().voidItem();
        }
        return offers.findById(e.agreementId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownOffer offer = new KnownOffer();
            offer.agreementId = e.agreementId();
            offer.vendorId = e.vendorId();
            offer.state = e.state();
            offer.consortiumId = e.consortiumId();
            offer.expiresOn = e.expiresOn();
            offer.status = KnownOffer.ACTIVE;
            offer.updatedAt = Instant.now();
            return offers.persist(offer)
                    .flatMap(saved -> offerProducts.persist(e.products().stream()
                            .map(p -> KnownOfferProduct.of(e.agreementId(), p.productId()))))
                    .replaceWithVoid();
        });
    }

    /** Withdrawn, expired or terminated: no longer open for adoption. */
    public Uni<Void> closed(UUID agreementId, String status) {
        return offers.findById(agreementId).invoke(offer -> {
            if (offer != null) {
                offer.status = status;
                offer.updatedAt = Instant.now();
            }
        }).replaceWithVoid();
    }

    /** Active offers covering the product in this state whose consortium (if any) is one of the district's. */
    public Uni<List<KnownOffer>> openFor(UUID productId, String state, List<UUID> consortia, LocalDate today) {
        return offers.list("from KnownOffer o where o.status = ?1 and o.state = ?2 and o.expiresOn >= ?3"
                        + " and exists (select 1 from KnownOfferProduct p where p.key.agreementId = o.agreementId"
                        + " and p.key.productId = ?4) order by o.expiresOn desc",
                KnownOffer.ACTIVE, state, today, productId)
                .map(found -> found.stream()
                        .filter(o -> o.consortiumId == null || consortia.contains(o.consortiumId))
                        .toList());
    }
}
