package org.compactdpa.districts.apprequests;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.districts.consortia.ConsortiumService;
import org.compactdpa.districts.consortia.MembershipService;
import org.compactdpa.districts.districts.DistrictService;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** Reading app requests: a district's own, one with its history, and the coordinators' queue. */
@ApplicationScoped
public class AppRequestQueries {

    private final DistrictService districts;
    private final ConsortiumService consortia;
    private final MembershipService memberships;
    private final AppRequestAccess access;

    AppRequestQueries(DistrictService districts, ConsortiumService consortia, MembershipService memberships,
            AppRequestAccess access) {
        this.districts = districts;
        this.consortia = consortia;
        this.memberships = memberships;
        this.access = access;
    }

    @WithSession
    public Uni<Page<AppRequestView>> ofDistrict(UUID districtId, PageRequest page) {
        return districts.require(districtId)
                .call(district -> access.requireReader(districtId))
                .flatMap(district -> paged(AppRequest.find("districtId", Sort.descending("requestedAt").and("id"),
                        districtId), page));
    }

    /**
     * The coordinators' queue of the consortium's member districts: by default the requests waiting
     * for them (QUEUED or NEGOTIATION_STARTED, oldest first); with {@code openOnly} false, every request.
     * A request answered by an open offer is the district's to adopt, so it is not waiting for them.
     */
    @WithSession
    public Uni<Page<AppRequestView>> queue(UUID consortiumId, boolean openOnly, PageRequest page) {
        access.requireCoordinatorOfConsortium(consortiumId);
        Sort oldestFirst = Sort.ascending("requestedAt").and("id");
        return consortia.require(consortiumId)
                .flatMap(consortium -> memberships.membersOf(consortiumId))
                .flatMap(members -> members.isEmpty()
                        ? Uni.createFrom().item(new Page<AppRequestView>(List.of(), page.page, page.size, 0))
                        : paged(openOnly
                                ? AppRequest.find("districtId in ?1 and status in ?2", oldestFirst, members,
                                        AppRequestStatus.AWAITING_COORDINATORS)
                                : AppRequest.find("districtId in ?1", oldestFirst, members), page));
    }

    @WithSession
    public Uni<AppRequestView> find(UUID requestId) {
        return AppRequest.<AppRequest>findById(requestId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("App request", requestId))
                .call(r -> access.requireReader(r.districtId))
                .flatMap(this::view);
    }

    /** The request with its history; runs in the caller's session. */
    Uni<AppRequestView> view(AppRequest r) {
        return views(List.of(r)).map(views -> views.get(0));
    }

    private Uni<Page<AppRequestView>> paged(PanacheQuery<AppRequest> found, PageRequest page) {
        return Pages.of(found, page)
                .flatMap(p -> views(p.items()).map(items -> new Page<>(items, p.page(), p.size(), p.total())));
    }

    /** The requests with their histories: one query for the whole page. */
    private Uni<List<AppRequestView>> views(List<AppRequest> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        return AppRequestHistory.<AppRequestHistory>list("key.requestId in ?1",
                Sort.ascending("key.requestId").and("key.seq"), ids).map(all -> {
                    Map<UUID, List<AppRequestHistory>> historyOf = all.stream()
                            .collect(Collectors.groupingBy(h -> h.key.requestId()));
                    return rows.stream().map(r -> AppRequestView.of(r, historyOf.getOrDefault(r.id, List.of())))
                            .toList();
                });
    }
}
