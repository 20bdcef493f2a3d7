package org.compactdpa.districts.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.contracts.events.AgreementExecuted;

/** General offers open for adoption, kept from agreement events to answer app requests. */
@ApplicationScoped
public class OfferProjection {

    private final Clock clock;

    public OfferProjection(Clock clock) {
        this.clock = clock;
    }

    /** An executed agreement that is a general offer opens it; a redelivered one changes nothing. */
    public Uni<Void> apply(AgreementExecuted e) {
        if (!e.generalOffer()) {
            return Uni.createFrom().voidItem();
        }
        return KnownOffer.<KnownOffer>findById(e.agreementId()).flatMap(existing -> {
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
            offer.updatedAt = clock.instant();
            return offer.persist()
                    .flatMap(saved -> KnownOfferProduct.persist(e.products().stream()
                            .map(p -> KnownOfferProduct.of(e.agreementId(), p.productId()))));
        });
    }

    /** Withdrawn, expired or terminated: no longer open for adoption. */
    public Uni<Void> closed(UUID agreementId, String status) {
        return KnownOffer.<KnownOffer>findById(agreementId).invoke(offer -> {
            if (offer != null) {
                offer.status = status;
                offer.updatedAt = clock.instant();
            }
        }).replaceWithVoid();
    }
}
