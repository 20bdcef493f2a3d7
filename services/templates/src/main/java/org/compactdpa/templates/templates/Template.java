package org.compactdpa.templates.templates;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** A consortium's standard agreement, of which versions are drafted and published. */
@Entity
public class Template extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID consortiumId;

    public String name;

    @Column(length = 2)
    public String state;

    public Instant createdAt;

    public String createdBy;

    static Uni<Template> require(UUID id) {
        return Template.<Template>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Template", id));
    }

    /** Templates by name, of one consortium or of all. */
    static Uni<Page<Template>> page(UUID consortiumId, PageRequest page) {
        Sort byName = Sort.by("name").and("id");
        PanacheQuery<Template> query = consortiumId == null ? findAll(byName) : find("consortiumId", byName, consortiumId);
        return Pages.of(query, page);
    }
}
