package org.compactdpa.districts.apprequests;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.compactdpa.districts.catalog.CatalogQueries;
import org.compactdpa.districts.consortia.MembershipService;

/**
 * The general offers that can answer a district's request for a product: active and unexpired, in
 * the district's state, and either open to all or scoped to a consortium the district belongs to.
 */
@ApplicationScoped
class OpenOffers {

    private final MembershipService memberships;
    private final CatalogQueries catalog;
    private final Clock clock;

    OpenOffers(MembershipService memberships, CatalogQueries catalog, Clock clock) {
        this.memberships = memberships;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The offers' agreement ids, the longest-running first; none for a product known only by name. */
    Uni<List<UUID>> forProduct(UUID productId, String state, UUID districtId) {
        if (productId == null) {
            return Uni.createFrom().item(List.of());
        }
        return memberships.consortiaOf(districtId)
                .flatMap(consortia -> catalog.openOffers(productId, state, consortia, LocalDate.now(clock)));
    }
}
