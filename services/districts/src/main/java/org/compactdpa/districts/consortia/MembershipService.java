package org.compactdpa.districts.consortia;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.districts.districts.DistrictService;
import org.compactdpa.districts.districts.DistrictView;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Districts joining consortia. Only the consortium's own coordinators (or a platform admin) add
 * members. Who belongs where is also what app requests ask here: which coordinators may act for a
 * district, and which consortium-scoped offers it may adopt.
 */
@ApplicationScoped
public class MembershipService {

    private final DistrictService districts;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public MembershipService(DistrictService districts, Outbox outbox, Caller caller, Clock clock) {
        this.districts = districts;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MemberRef> add(UUID consortiumId, UUID districtId) {
        // Refused before the lookup, so that a coordinator cannot learn which other consortia exist.
        caller.requireActsFor(OrganisationType.CONSORTIUM, consortiumId);
        return ConsortiumService.existing(consortiumId)
                .flatMap(consortium -> districts.find(districtId)
                        .onItem().ifNull().failWith(() -> ProblemException.unprocessable("districtId",
                                "District " + districtId + " is not registered"))
                        .invoke(district -> {
                            if (!consortium.serves(district.state())) {
                                throw ProblemException.unprocessable("districtId", "The district is in "
                                        + district.state() + ", which this consortium does not serve "
                                        + consortium.states);
                            }
                        }))
                .flatMap(district -> Membership.<Membership>findById(new Membership.Key(consortiumId, districtId))
                        .onItem().ifNotNull().failWith(() -> ProblemException.conflict(
                                "District " + districtId + " is already a member"))
                        .flatMap(none -> {
                            Membership membership = new Membership();
                            membership.key = new Membership.Key(consortiumId, districtId);
                            membership.joinedAt = clock.instant();
                            membership.addedBy = caller.subject();
                            return membership.<Membership>persist();
                        })
                        .call(membership -> outbox.publish(districtId, new DistrictJoinedConsortium(districtId,
                                consortiumId, district.state(), membership.joinedAt))))
                .map(membership -> new MemberRef(consortiumId, districtId, membership.joinedAt));
    }

    @WithSession
    public Uni<Page<MemberView>> members(UUID consortiumId, PageRequest page) {
        var query = Membership.ofConsortium(consortiumId).page(page.page, page.size);
        return ConsortiumService.existing(consortiumId)
                .flatMap(consortium -> query.list())
                .flatMap(rows -> query.count().flatMap(total -> districts
                        .all(rows.stream().map(m -> m.key.districtId()).toList())
                        .map(found -> {
                            Map<UUID, DistrictView> byId = found.stream()
                                    .collect(Collectors.toMap(DistrictView::id, Function.identity()));
                            return new Page<>(rows.stream().map(m -> {
                                DistrictView d = byId.get(m.key.districtId());
                                return new MemberView(d.id(), d.name(), d.state(), d.ncesId(), m.joinedAt);
                            }).toList(), page.page, page.size, total);
                        })));
    }

    /** The consortia the district belongs to. */
    @WithSession
    public Uni<List<UUID>> consortiaOf(UUID districtId) {
        return Membership.<Membership>list("key.districtId", districtId)
                .map(rows -> rows.stream().map(m -> m.key.consortiumId()).toList());
    }

    /** The districts that belong to the consortium. */
    @WithSession
    public Uni<List<UUID>> membersOf(UUID consortiumId) {
        return Membership.<Membership>list("key.consortiumId", consortiumId)
                .map(rows -> rows.stream().map(m -> m.key.districtId()).toList());
    }

    @WithSession
    public Uni<Boolean> isMember(UUID consortiumId, UUID districtId) {
        return Membership.<Membership>findById(new Membership.Key(consortiumId, districtId)).map(m -> m != null);
    }
}
