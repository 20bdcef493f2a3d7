package org.compactdpa.districts.consortia;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.ConsortiumCreated;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.contracts.vocabulary.UsState;
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

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ConsortiumService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ConsortiumView> create(NewConsortium request) {
        List<String> states = validStates(request.states());
        UUID id = idFor(request);
        String name = request.name().trim();
        return Consortium.<Consortium>findById(id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Consortium " + id + " already exists"))
                .flatMap(none -> Consortium.nameTaken(name))
                .flatMap(taken -> {
                    if (taken) {
                        throw new ProblemException(409, "conflict", "Conflict with the current state",
                                "A consortium named '" + name + "' already exists",
                                List.of(new Problem.FieldError("name", "is already taken")));
                    }
                    Consortium consortium = new Consortium();
                    consortium.id = id;
                    consortium.name = name;
                    consortium.states = states;
                    consortium.description = request.description();
                    consortium.createdAt = clock.instant();
                    consortium.createdBy = caller.subject();
                    return consortium.<Consortium>persist();
                })
                .call(consortium -> outbox.publish(consortium.id, new ConsortiumCreated(consortium.id, consortium.name,
                        consortium.states, consortium.createdAt)))
                .map(ConsortiumView::of);
    }

    /** The consortium, or a 404 problem naming the field {@code consortiumId}. */
    @WithSession
    public Uni<ConsortiumView> require(UUID id) {
        return existing(id).map(ConsortiumView::of);
    }

    @WithSession
    public Uni<Page<ConsortiumView>> list(PageRequest page) {
        return Pages.of(Consortium.<Consortium>findAll(Sort.by("name").and("id")), page)
                .map(found -> found.map(ConsortiumView::of));
    }

    static Uni<Consortium> existing(UUID id) {
        return Consortium.<Consortium>findById(id).onItem().ifNull().failWith(() -> unknown(id));
    }

    /** 404 naming the path's consortium, so that a client can tell which of its ids is wrong. */
    private static ProblemException unknown(UUID consortiumId) {
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

    private static List<String> validStates(List<String> codes) {
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
