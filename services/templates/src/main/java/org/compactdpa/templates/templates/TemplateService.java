package org.compactdpa.templates.templates;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.access.TemplateAccess;

/** A consortium's templates: creating one (its coordinators), listing and reading them (anyone). */
@ApplicationScoped
public class TemplateService {

    private final TemplateAccess access;
    private final Caller caller;
    private final Clock clock;

    public TemplateService(TemplateAccess access, Caller caller, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    /** A client may choose the id, so that a retried create finds its template (409) instead of making two. */
    @WithTransaction
    public Uni<TemplateView> create(NewTemplate input) {
        access.requireCoordinatorOf(input.consortiumId());
        Template t = new Template();
        t.id = input.id() != null ? input.id() : UUID.randomUUID();
        t.consortiumId = input.consortiumId();
        t.name = input.name().trim();
        t.state = UsState.fromCode(input.state()).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("state", "'" + input.state() + "' is not a US state code"));
        t.createdAt = clock.instant();
        t.createdBy = caller.subject();
        return Template.findById(t.id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Template " + t.id + " already exists"))
                .flatMap(none -> t.persist()).replaceWith(() -> TemplateView.of(t));
    }

    @WithSession
    public Uni<Page<TemplateView>> list(UUID consortiumId, PageRequest page) {
        return Template.page(consortiumId, page).map(p -> p.map(TemplateView::of));
    }

    @WithSession
    public Uni<TemplateView> get(UUID id) {
        return Template.require(id).map(TemplateView::of);
    }
}
