package org.compactdpa.districts.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the other capabilities ask of the catalog: a product's current name and the offers open for it. */
@ApplicationScoped
public class CatalogQueries {

    /** The product's name as the vendors service last announced it, or null while it is not known here. */
    @WithSession
    public Uni<String> productName(UUID productId) {
        return KnownProduct.<KnownProduct>findById(productId).map(product -> product == null ? null : product.name);
    }

    /**
     * The agreements of the active, unexpired general offers covering the product in this state, the
     * longest-running first; an offer scoped to a consortium counts only if it is one of {@code consortia}.
     */
    @WithSession
    public Uni<List<UUID>> openOffers(UUID productId, String state, List<UUID> consortia, LocalDate today) {
        return KnownOffer.<KnownOffer>list("from KnownOffer o where o.status = ?1 and o.state = ?2 and o.expiresOn >= ?3"
                        + " and exists (select 1 from KnownOfferProduct p where p.key.agreementId = o.agreementId"
                        + " and p.key.productId = ?4) order by o.expiresOn desc",
                KnownOffer.ACTIVE, state, today, productId)
                .map(found -> found.stream()
                        .filter(o -> o.consortiumId == null || consortia.contains(o.consortiumId))
                        .map(o -> o.agreementId)
                        .toList());
    }
}
