package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The districts and memberships signatures knows from the districts service's events. The apply
 * methods run inside the inbox transaction of the event that carries them and are safe to repeat.
 */
@ApplicationScoped
public class DistrictProjection {

    private final Clock clock;

    public DistrictProjection(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> apply(DistrictRegistered event) {
        return KnownDistrict.<KnownDistrict>findById(event.districtId()).flatMap(existing -> {
            KnownDistrict district = existing != null ? existing : new KnownDistrict();
            district.id = event.districtId();
            district.name = event.name();
            district.state = event.state();
            district.ncesId = event.ncesId();
            district.registeredAt = event.registeredAt();
            district.updatedAt = clock.instant();
            return district.persist();
        }).replaceWithVoid();
    }

    public Uni<Void> apply(DistrictJoinedConsortium event) {
        KnownMembership.Key key = new KnownMembership.Key(event.districtId(), event.consortiumId());
        return KnownMembership.<KnownMembership>findById(key).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownMembership membership = new KnownMembership();
            membership.key = key;
            membership.joinedAt = event.joinedAt();
            return membership.persist().replaceWithVoid();
        });
    }

    /** What the projection holds about one district, for operators checking that events arrive. */
    @WithSession
    public Uni<KnownDistrictView> view(UUID districtId) {
        return KnownDistrict.<KnownDistrict>findById(districtId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Known district", districtId))
                .flatMap(d -> KnownMembership.consortiaOf(d.id).map(consortia -> new KnownDistrictView(d.id, d.name,
                        d.state, d.ncesId, consortia, d.updatedAt)));
    }
}
