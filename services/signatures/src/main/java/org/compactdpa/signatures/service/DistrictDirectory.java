package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.signatures.domain.KnownDistrict;
import org.compactdpa.signatures.domain.KnownMembership;
import org.compactdpa.signatures.repository.KnownDistrictRepository;
import org.compactdpa.signatures.repository.KnownMembershipRepository;

/**
 * The districts signatures knows from events. The apply methods run inside the inbox transaction
 * of the event that carries them and are written to be safe to repeat.
 */
@ApplicationScoped
public class DistrictDirectory {

    private final KnownDistrictRepository districts;
    private final KnownMembershipRepository memberships;

    public DistrictDirectory(KnownDistrictRepository districts, KnownMembershipRepository memberships) {
        this.districts = districts;
        this.memberships = memberships;
    }

    public Uni<Void> apply(DistrictRegistered event) {
        return districts.findById(event.districtId()).flatMap(existing -> {
            KnownDistrict district = existing != null ? existing : new KnownDistrict();
            district.id = event.districtId();
            district.name = event.name();
            district.state = event.state();
            district.ncesId = event.ncesId();
            district.registeredAt = event.registeredAt();
            district.updatedAt = Instant.now();
            return districts.persist(district);
        }).replaceWithVoid();
    }

    public Uni<Void> apply(DistrictJoinedConsortium event) {
        KnownMembership.Key key = new KnownMembership.Key(event.districtId(), event.consortiumId());
        return memberships.findById(key).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownMembership membership = new KnownMembership();
            membership.key = key;
            membership.joinedAt = event.joinedAt();
            return memberships.persist(membership).replaceWithVoid();
        });
    }

    @WithSession
    public Uni<KnownDistrict> find(UUID districtId) {
        return districts.findById(districtId);
    }

    @WithSession
    public Uni<List<UUID>> consortiaOf(UUID districtId) {
        return memberships.consortiaOf(districtId);
    }
}
