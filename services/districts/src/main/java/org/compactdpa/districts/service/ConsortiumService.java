package org.compactdpa.districts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.districts.domain.Consortium;
import org.compactdpa.districts.repository.ConsortiumRepository;
import org.compactdpa.districts.rest.api.NewConsortium;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.Problem;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;

/** Creating and reading consortia. A coordinator may create only the consortium their account acts for. */
@ApplicationScoped
public class ConsortiumService {

    private final ConsortiumRepository consortia;
    private final Outbox outbox;
    private final Caller caller;

    public ConsortiumService(ConsortiumRepository consortia, Outbox outbox, Caller caller) {
        this.consortia = consortia;
        this.outbox = outbox;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<Consortium> create(NewConsortium request) {
        List<String> states = validStates(request.states());
        UUID id = idFor(request);
        return consortia.findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Consortium " + id + " already exists"))
                .flatMap(none -> consortia.nameTaken(request.name().trim()))
                .flatMap(taken -> {
                    if (taken) {
                        throw new ProblemException(409, "conflict", "Conflict with the current state",
                                "A consortium named '" + request.name().trim() + "' already exists",
                                List.of(new Problem.FieldError("name", "is already taken")));
                    }
                    Consortium consortium = new Consortium();
                    consortium.id = id;
                    consortium.name = request.name().trim();
                    consortium.states = states;
                    consortium.description = request.description();
                    consortium.createdAt = Instant.now();
                    consortium.createdBy = caller.subject();
                    return consortia.persist(consortium);
                })
                .call(consortium -> outbox.publish(consortium.id, new ConsortiumCreated(consortium.id, consortium.name,
                        consortium.states, consortium.createdAt)));
    }

    @WithSession
    public Uni<Consortium> find(UUID id) {
        return consortia.findById(id);
    }

    @WithSession
    public Uni<Page<Consortium>> list(PageRequest page) {
        return Pages.of(consortia.findAll(Sort.by("name").and("id")), page);
    }

    /** 404 naming the path's consortium, so that a client can tell which of its ids is wrong. */
    public static ProblemException unknown(UUID consortiumId) {
        return new ProblemException(404, "not-found", "Not found", "Consortium " + consortiumId + " does not exist",
                List.of(new Problem.FieldError("consortiumId", "no such consortium")));
    }

    /** Platform admins choose freely; a coordinator creates exactly the consortium they act for. */
    private UUID idFor(NewConsortium request) {
        if (caller.isPlatformAdmin()) {
            return request.id() != null ? request.id() : UUID.randomUUID();
        }
        UUID own = caller.requireOrganisation(OrganisationType.CONSORTIUM);
        if (request.id() != null && !request.id().equals(own)) {
            throw ProblemException.forbidden("Coordinators may create only the consortium they act for (" + own + ")");
        }
        return own;
    }

    static List<String> validStates(List<String> codes) {
        List<String> states = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            states.add(UsState.fromCode(code).map(Enum::name).orElseThrow(() -> ProblemException.invalid(
                    "states[" + index + "]", "'" + code + "' is not a US state code")));
        }
        return states.stream().distinct().toList();
    }
}
