package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.DistrictJoinedConsortium;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.districts.domain.Consortium;
import org.compactdpa.districts.domain.District;
import org.compactdpa.districts.domain.Membership;
import org.compactdpa.districts.repository.ConsortiumRepository;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.repository.MembershipRepository;
import org.compactdpa.districts.rest.api.MemberView;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/** Districts joining consortia. Only the consortium's own coordinators (or a platform admin) add members. */
@ApplicationScoped
public class MembershipService {

    private final ConsortiumRepository consortia;
    private final DistrictRepository districts;
    private final MembershipRepository memberships;
    private final Outbox outbox;
    private final Caller caller;

    public MembershipService(ConsortiumRepository consortia, DistrictRepository districts,
            MembershipRepository memberships, Outbox outbox, Caller caller) {
        this.consortia = consortia;
        this.districts = districts;
        this.memberships = memberships;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<Membership> add(UUID consortiumId, UUID districtId) {
        // Refused before the lookup, so that a coordinator cannot learn which other consortia exist.
        caller.requireActsFor(OrganisationType.CONSORTIUM, consortiumId);
        return consortium(consortiumId)
                .flatMap(consortium -> districts.findById(districtId)
                        .onItem().ifNull().failWith(() -> ProblemException.unprocessable("districtId",
                                "District " + districtId + " is not registered"))
                        .invoke(district -> {
                            if (!consortium.serves(district.state)) {
                                throw ProblemException.unprocessable("districtId", "The district is in "
                                        + district.state + ", which this consortium does not serve "
                                        + consortium.states);
                            }
                        }))
                .flatMap(district -> memberships.findById(new Membership.Key(consortiumId, districtId))
                        .onItem().ifNotNull().failWith(() -> ProblemException.conflict(
                                "District " + districtId + " is already a member"))
                        .flatMap(none -> {
                            Membership membership = new Membership();
                            membership.key = new Membership.Key(consortiumId, districtId);
                            membership.joinedAt = Instant.now();
                            membership.addedBy = caller.subject();
                            return memberships.persist(membership);
                        })
                        .call(membership -> outbox.publish(districtId, new DistrictJoinedConsortium(districtId,
                                consortiumId, district.state, membership.joinedAt))));
    }

    @WithSession
    public Uni<Page<MemberView>> members(UUID consortiumId, PageRequest page) {
        return consortium(consortiumId)
                .flatMap(consortium -> {
                    var query = memberships.ofConsortium(consortiumId).page(page.page, page.size);
                    return query.list().flatMap(rows -> query.count().flatMap(total -> (rows.isEmpty()
                            ? Uni.createFrom().item(List.<District>of())
                            : districts.list("id in ?1", rows.stream().map(m -> m.key.districtId()).toList()))
                            .map(found -> {
                                Map<UUID, District> byId = found.stream()
                                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
                                return new Page<>(rows.stream().map(m -> {
                                    District d = byId.get(m.key.districtId());
                                    return new MemberView(d.id, d.name, d.state, d.ncesId, m.joinedAt);
                                }).toList(), page.page, page.size, total);
                            })));
                });
    }

    private Uni<Consortium> consortium(UUID consortiumId) {
        return consortia.findById(consortiumId)
                .onItem().ifNull().failWith(() -> ConsortiumService.unknown(consortiumId));
    }
}
