package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.TemplateVersionPublished;
import org.compactdpa.contracts.events.TemplateVersionRetired;
import org.compactdpa.contracts.vocabulary.UsState;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.CanonicalForm;
import org.compactdpa.templates.domain.Classification;
import org.compactdpa.templates.domain.ClauseDiff;
import org.compactdpa.templates.domain.Template;
import org.compactdpa.templates.domain.TemplateVersion;
import org.compactdpa.templates.domain.TermsPackage;
import org.compactdpa.templates.domain.VersionStatus;
import org.compactdpa.templates.repository.TemplateRepository;
import org.compactdpa.templates.repository.TemplateVersionRepository;
import org.compactdpa.templates.rest.api.NewTemplate;

/** Templates and their versions: drafting, comment period, publishing (hash, immutability), retiring, diffs. */
@ApplicationScoped
public class TemplateService {

    private final TemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final TemplateAccess access;
    private final TermsService terms;
    private final ContentCodec codec;
    private final Outbox outbox;
    private final Caller caller;

    public TemplateService(TemplateRepository templates, TemplateVersionRepository versions, TemplateAccess access,
            TermsService terms, ContentCodec codec, Outbox outbox, Caller caller) {
        this.codec = codec;
        this.templates = templates;
        this.versions = versions;
        this.access = access;
        this.terms = terms;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** A version with its template, the unit most operations work on. */
    public record Located(Template template, TemplateVersion version) {
    }

    @WithTransaction
    public Uni<Template> create(NewTemplate input) {
        access.requireCoordinatorOf(input.consortiumId());
        Template t = new Template();
        t.id = input.id() != null ? input.id() : UUID.randomUUID();
        t.consortiumId = input.consortiumId();
        t.name = input.name().trim();
        t.state = UsState.fromCode(input.state()).map(Enum::name)
                .orElseThrow(() -> ProblemException.invalid("state", "'" + input.state() + "' is not a US state code"));
        t.createdAt = Instant.now();
        t.createdBy = caller.subject();
        return templates.findById(t.id)
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Template " + t.id + " already exists"))
                .flatMap(none -> templates.persist(t));
    }

    @WithSession
    public Uni<Page<Template>> list(UUID consortiumId, PageRequest page) {
        var query = consortiumId == null ? templates.findAll(Sort.by("name").and("id"))
                : templates.find("consortiumId", Sort.by("name").and("id"), consortiumId);
        query = query.page(page.page, page.size);
        var q = query;
        return q.list().flatMap(items -> q.count().map(total -> new Page<>(items, page.page, page.size, total)));
    }

    @WithSession
    public Uni<Template> template(UUID id) {
        return templates.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Template", id));
    }

    @WithTransaction
    public Uni<TemplateVersion> addVersion(UUID templateId, String content) {
        return template(templateId).invoke(t -> access.requireCoordinatorOf(t.consortiumId))
                .flatMap(t -> versions.find("templateId", Sort.descending("number"), templateId).<TemplateVersion>firstResult())
                .flatMap(last -> {
                    TemplateVersion v = new TemplateVersion();
                    v.id = UUID.randomUUID();
                    v.templateId = templateId;
                    v.number = last == null ? 1 : last.number + 1;
                    v.status = VersionStatus.DRAFT;
                    v.content = content;
                    v.createdAt = Instant.now();
                    v.updatedAt = v.createdAt;
                    return versions.persist(v);
                });
    }

    /** Replaces a draft; a PUT of the next number creates it (so a retried PUT is harmless). */
    @WithTransaction
    public Uni<TemplateVersion> updateDraft(UUID templateId, int number, String content) {
        return template(templateId).invoke(t -> access.requireCoordinatorOf(t.consortiumId))
                .flatMap(t -> versions.find("templateId = ?1 and number = ?2", templateId, number)
                        .<TemplateVersion>firstResult())
                .flatMap(existing -> {
                    if (existing == null) {
                        return versions.count("templateId", templateId).flatMap(count -> {
                            if (count + 1 != number) {
                                throw ProblemException.notFound("Version", number + " of template " + templateId);
                            }
                            return addVersion(templateId, content);
                        });
                    }
                    if (!existing.status.isEditable()) {
                        throw ProblemException.conflict("Version " + number + " is " + existing.status
                                + " and can no longer change; add a new version instead");
                    }
                    existing.content = content;
                    existing.updatedAt = Instant.now();
                    return Uni.createFrom().item(existing);
                });
    }

    /** Every version of a template, oldest first; drafts are listed for the owning coordinators only. */
    @WithSession
    public Uni<List<TemplateVersion>> versions(UUID templateId) {
        return template(templateId).flatMap(t -> versions.list("templateId", Sort.by("number"), t.id)
                .map(all -> all.stream().filter(v -> v.status != VersionStatus.DRAFT
                        || access.isCoordinatorOf(t.consortiumId)).toList()));
    }

    /** Published versions are public; drafts and comment periods are for the owner (and commenters). */
    @WithSession
    public Uni<Located> read(UUID templateId, int number) {
        return locate(templateId, number).call(l -> {
            VersionStatus s = l.version().status;
            if (s == VersionStatus.DRAFT) {
                access.requireCoordinatorOf(l.template().consortiumId);
            } else if (s == VersionStatus.COMMENT_PERIOD) {
                return access.requireCommenter(l.template().consortiumId);
            }
            return Uni.createFrom().voidItem();
        });
    }

    @WithTransaction
    public Uni<TemplateVersion> transition(UUID templateId, int number, VersionStatus next) {
        return locate(templateId, number).flatMap(l -> {
            access.requireCoordinatorOf(l.template().consortiumId);
            TemplateVersion v = l.version();
            if (!v.status.canBecome(next)) {
                throw ProblemException.conflict("Version " + number + " is " + v.status + " and cannot become " + next);
            }
            v.status = next;
            v.updatedAt = Instant.now();
            if (next == VersionStatus.PUBLISHED) {
                v.contentHash = CanonicalForm.sha256(codec.read(v.content));
                v.publishedAt = v.updatedAt;
                return supersedeOthers(l)
                        .call(() -> outbox.publish(templateId, new TemplateVersionPublished(templateId, v.id, v.number,
                                l.template().consortiumId, l.template().state, v.contentHash, v.publishedAt)))
                        .replaceWith(v);
            }
            if (next == VersionStatus.RETIRED) {
                return outbox.publish(templateId, new TemplateVersionRetired(templateId, v.id, v.number, v.updatedAt))
                        .replaceWith(v);
            }
            return Uni.createFrom().item(v);
        });
    }

    @WithSession
    public Uni<ClauseDiff> diff(UUID templateId, int a, int b) {
        return read(templateId, a).flatMap(first -> read(templateId, b)
                .map(second -> ClauseDiff.between(codec.read(first.version().content),
                        codec.read(second.version().content))));
    }

    /** A STANDARD terms package straight from a published version (no negotiation). */
    @WithTransaction
    public Uni<TermsPackage> issueStandardTerms(UUID templateId, int number) {
        return locate(templateId, number).flatMap(l -> {
            access.requireCoordinatorOf(l.template().consortiumId);
            if (l.version().status != VersionStatus.PUBLISHED) {
                throw ProblemException.conflict("Terms are issued from the PUBLISHED version only; version " + number
                        + " is " + l.version().status);
            }
            return terms.freeze(l.template(), l.version(), codec.read(l.version().content), Classification.STANDARD,
                    null, null, List.of());
        });
    }

    public Uni<Located> locate(UUID templateId, int number) {
        return templates.findById(templateId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Template", templateId))
                .flatMap(t -> versions.find("templateId = ?1 and number = ?2", templateId, number).firstResult()
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("Version", number + " of template " + templateId))
                        .map(v -> new Located(t, v)));
    }

    private Uni<Void> supersedeOthers(Located published) {
        return versions.list("templateId = ?1 and status = ?2 and id <> ?3", published.template().id,
                VersionStatus.PUBLISHED, published.version().id).invoke(others -> others.forEach(o -> {
                    o.status = VersionStatus.SUPERSEDED;
                    o.updatedAt = Instant.now();
                })).replaceWithVoid();
    }
}
