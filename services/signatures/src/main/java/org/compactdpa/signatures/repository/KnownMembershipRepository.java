package org.compactdpa.signatures.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.domain.KnownMembership;

@ApplicationScoped
public class KnownMembershipRepository implements PanacheRepositoryBase<KnownMembership, KnownMembership.Key> {

    public Uni<List<UUID>> consortiaOf(UUID districtId) {
        return list("key.districtId", districtId).map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList());
    }
}
