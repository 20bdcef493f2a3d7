package org.compactdpa.templates.directory;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the other capabilities ask of the directory; they never read its rows themselves. */
@ApplicationScoped
public class Directory {

    public Uni<Boolean> isMember(UUID consortiumId, UUID districtId) {
        return KnownMember.findById(new KnownMember.Key(consortiumId, districtId)).map(Objects::nonNull);
    }

    public Uni<Boolean> isVerifiedVendor(UUID vendorId) {
        return KnownVerifiedVendor.findById(vendorId).map(Objects::nonNull);
    }

    /** The vendor of each of these products; a product not announced yet has no entry. */
    public Uni<Map<UUID, UUID>> vendorsOf(Collection<UUID> productIds) {
        return KnownProduct.<KnownProduct>list("productId in ?1", List.copyOf(productIds))
                .map(known -> known.stream().collect(Collectors.toMap(p -> p.productId, p -> p.vendorId)));
    }
}
