package org.compactdpa.districts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.compactdpa.districts.domain.Membership;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, Membership.Key> {

    public PanacheQuery<Membership> ofConsortium(UUID consortiumId) {
        return find("key.consortiumId", Sort.by("joinedAt").and("key.districtId"), consortiumId);
    }
}
