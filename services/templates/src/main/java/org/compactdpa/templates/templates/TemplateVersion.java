package org.compactdpa.templates.templates;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One numbered version of a template; its content is JSON (see TemplateContent). */
@Entity
@Table(name = "template_version")
public class TemplateVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID templateId;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    public String content;

    public String contentHash;

    public Instant publishedAt;

    public Instant createdAt;

    public Instant updatedAt;

    /** Every status change goes through here, so the version's life is kept (see VersionStatus). */
    void moveTo(VersionStatus next, Instant at) {
        status = status.moveTo(next, "Version " + number);
        updatedAt = at;
    }

    /** Published: fixed from now on, with the hash of its canonical form. */
    void publish(String hash, Instant at) {
        moveTo(VersionStatus.PUBLISHED, at);
        contentHash = hash;
        publishedAt = at;
    }

    static Uni<TemplateVersion> numbered(UUID templateId, int number) {
        return find("templateId = ?1 and number = ?2", templateId, number).firstResult();
    }

    static Uni<TemplateVersion> latestOf(UUID templateId) {
        return find("templateId", Sort.descending("number"), templateId).firstResult();
    }

    static Uni<Long> countOf(UUID templateId) {
        return count("templateId", templateId);
    }

    static Uni<List<TemplateVersion>> allOf(UUID templateId) {
        return list("templateId", Sort.by("number"), templateId);
    }

    /** The template's other PUBLISHED versions: a newly published one supersedes them. */
    static Uni<List<TemplateVersion>> publishedBesides(TemplateVersion published) {
        return list("templateId = ?1 and status = ?2 and id <> ?3", published.templateId, VersionStatus.PUBLISHED,
                published.id);
    }
}
