package org.compactdpa.districts.districts;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.Problem;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/**
 * Registering and finding school districts; the NCES id is unique across the platform. The other
 * capabilities learn about a district here, never from its entity.
 */
@ApplicationScoped
public class DistrictService {

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public DistrictService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<DistrictView> register(NewDistrict request) {
        String state = stateCode(request.state());
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        return District.<District>findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("District " + id + " already exists"))
                .flatMap(none -> District.ncesIdTaken(request.ncesId()))
                .flatMap(taken -> {
                    if (taken) {
                        throw new ProblemException(409, "conflict", "Conflict with the current state",
                                "A district with NCES id " + request.ncesId() + " is already registered",
                                List.of(new Problem.FieldError("ncesId", "is already registered")));
                    }
                    District district = new District();
                    district.id = id;
                    district.name = request.name().trim();
                    district.state = state;
                    district.ncesId = request.ncesId();
                    district.contactName = request.contactName();
                    district.contactEmail = request.contactEmail();
                    district.website = request.website();
                    district.createdAt = clock.instant();
                    district.createdBy = caller.subject();
                    return district.<District>persist();
                })
                .call(district -> outbox.publish(district.id, new DistrictRegistered(district.id, district.name,
                        district.state, district.ncesId, district.createdAt)))
                .map(DistrictView::of);
    }

    /** The district, or null if none is registered under the id. */
    @WithSession
    public Uni<DistrictView> find(UUID id) {
        return District.<District>findById(id).map(district -> district == null ? null : DistrictView.of(district));
    }

    /** The district, or a 404 problem naming it. */
    @WithSession
    public Uni<DistrictView> require(UUID id) {
        return find(id).onItem().ifNull().failWith(() -> ProblemException.notFound("District", id));
    }

    /** Those of the districts that are registered, in no particular order. */
    @WithSession
    public Uni<List<DistrictView>> all(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return District.<District>list("id in ?1", ids).map(found -> found.stream().map(DistrictView::of).toList());
    }

    @WithSession
    public Uni<Page<DistrictView>> search(String state, String text, PageRequest page) {
        String stateCode = state == null || state.isBlank() ? null : stateCode(state);
        return Pages.of(District.search(stateCode, text == null || text.isBlank() ? null : text.trim()), page)
                .map(found -> found.map(DistrictView::of));
    }

    private static String stateCode(String code) {
        return UsState.fromCode(code).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("state", "'" + code + "' is not a US state code"));
    }
}
