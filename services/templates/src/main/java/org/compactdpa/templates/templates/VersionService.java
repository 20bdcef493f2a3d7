package org.compactdpa.templates.templates;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.templates.access.TemplateAccess;

/** Drafting and reading versions: who sees which version, and what the other capabilities read of one. */
@ApplicationScoped
public class VersionService {

    private final TemplateAccess access;
    private final ContentCodec codec;
    private final Clock clock;

    public VersionService(TemplateAccess access, ContentCodec codec, Clock clock) {
        this.access = access;
        this.codec = codec;
        this.clock = clock;
    }

    /** A new DRAFT numbered after the template's last version. */
    @WithTransaction
    public Uni<VersionView> add(UUID templateId, ContentInput input) {
        TemplateContent content = codec.fromInput(input);
        return ownTemplate(templateId).flatMap(t -> appendDraft(t, content)).map(v -> VersionView.of(v, content));
    }

    /** Replaces a draft; a PUT of the next number creates it (so a retried PUT is harmless). */
    @WithTransaction
    public Uni<VersionView> updateDraft(UUID templateId, int number, ContentInput input) {
        TemplateContent content = codec.fromInput(input);
        return ownTemplate(templateId).flatMap(t -> TemplateVersion.numbered(templateId, number).flatMap(existing -> {
            if (existing == null) {
                return TemplateVersion.countOf(templateId).flatMap(count -> {
                    if (count + 1 != number) {
                        throw ProblemException.notFound("Version", number + " of template " + templateId);
                    }
                    return appendDraft(t, content);
                });
            }
            if (!existing.status.isEditable()) {
                throw ProblemException.conflict("Version " + number + " is " + existing.status
                        + " and can no longer change; add a new version instead");
            }
            existing.content = codec.write(content);
            existing.updatedAt = clock.instant();
            return Uni.createFrom().item(existing);
        })).map(v -> VersionView.of(v, content));
    }

    /** Every version of a template, oldest first, without content; drafts are listed for the owning coordinators only. */
    @WithSession
    public Uni<List<VersionView>> list(UUID templateId) {
        return Template.require(templateId).flatMap(t -> TemplateVersion.allOf(t.id)
                .map(all -> all.stream()
                        .filter(v -> v.status != VersionStatus.DRAFT || access.isCoordinatorOf(t.consortiumId))
                        .map(v -> VersionView.of(v, null)).toList()));
    }

    @WithSession
    public Uni<VersionView> get(UUID templateId, int number) {
        return readable(templateId, number).map(s -> VersionView.of(s.version(), codec.read(s.version().content)));
    }

    @WithSession
    public Uni<ClauseDiff> diff(UUID templateId, int a, int b) {
        return readable(templateId, a).flatMap(first -> readable(templateId, b)
                .map(second -> ClauseDiff.between(codec.read(first.version().content),
                        codec.read(second.version().content))));
    }

    /** The version as the caller may read it (see {@link #readable}), for the other capabilities. */
    public Uni<VersionSnapshot> read(UUID templateId, int number) {
        return readable(templateId, number).map(this::snapshot);
    }

    /** The version whoever asks; the caller's rights are the asking capability's to check. */
    public Uni<VersionSnapshot> locate(UUID templateId, int number) {
        return Located.find(templateId, number).map(this::snapshot);
    }

    public Uni<VersionSnapshot> locate(UUID versionId) {
        return Located.byVersionId(versionId).map(this::snapshot);
    }

    /** Published versions are public; drafts are for the owner, comment periods for commenters. */
    private Uni<Located> readable(UUID templateId, int number) {
        return Located.find(templateId, number).call(l -> {
            VersionStatus s = l.version().status;
            if (s == VersionStatus.DRAFT) {
                access.requireCoordinatorOf(l.template().consortiumId);
            } else if (s == VersionStatus.COMMENT_PERIOD) {
                return access.requireCommenter(l.template().consortiumId);
            }
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Template> ownTemplate(UUID templateId) {
        return Template.require(templateId).invoke(t -> access.requireCoordinatorOf(t.consortiumId));
    }

    private Uni<TemplateVersion> appendDraft(Template t, TemplateContent content) {
        return TemplateVersion.latestOf(t.id).flatMap(last -> {
            TemplateVersion v = new TemplateVersion();
            v.id = UUID.randomUUID();
            v.templateId = t.id;
            v.number = last == null ? 1 : last.number + 1;
            v.status = VersionStatus.DRAFT;
            v.content = codec.write(content);
            v.createdAt = clock.instant();
            v.updatedAt = v.createdAt;
            return v.persist();
        });
    }

    private VersionSnapshot snapshot(Located l) {
        return VersionSnapshot.of(l, codec.read(l.version().content));
    }
}
