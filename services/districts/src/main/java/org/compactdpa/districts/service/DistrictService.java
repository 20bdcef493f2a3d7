package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.DistrictRegistered;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.districts.domain.District;
import org.compactdpa.districts.repository.DistrictRepository;
import org.compactdpa.districts.rest.api.NewDistrict;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.Problem;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/** Registering and finding school districts; the NCES id is unique across the platform. */
@ApplicationScoped
public class DistrictService {

    private final DistrictRepository districts;
    private final Outbox outbox;
    private final Caller caller;

    public DistrictService(DistrictRepository districts, Outbox outbox, Caller caller) {
        this.districts = districts;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<District> register(NewDistrict request) {
        String state = UsState.fromCode(request.state()).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("state", "'" + request.state() + "' is not a US state code"));
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        return districts.findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("District " + id + " already exists"))
                .flatMap(none -> districts.ncesIdTaken(request.ncesId()))
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
                    district.createdAt = Instant.now();
                    district.createdBy = caller.subject();
                    return districts.persist(district);
                })
                .call(district -> outbox.publish(district.id, new DistrictRegistered(district.id, district.name,
                        district.state, district.ncesId, district.createdAt)));
    }

    @WithSession
    public Uni<District> find(UUID id) {
        return districts.findById(id);
    }

    @WithSession
    public Uni<Page<District>> search(String state, String text, PageRequest page) {
        String stateCode = null;
        if (state != null && !state.isBlank()) {
            stateCode = UsState.fromCode(state).map(Enum::name)
                    .orElseThrow(() -> ProblemException.invalid("state", "'" + state + "' is not a US state code"));
        }
        return Pages.of(districts.search(stateCode, text == null || text.isBlank() ? null : text.trim()), page);
    }
}
