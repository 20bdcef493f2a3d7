package org.compactdpa.templates.comments;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.access.TemplateAccess;
import org.compactdpa.templates.templates.VersionService;
import org.compactdpa.templates.templates.VersionSnapshot;
import org.compactdpa.templates.templates.VersionStatus;

/** Comments on clauses during a version's comment period; coordinators reply and resolve. */
@ApplicationScoped
public class CommentService {

    private final VersionService versions;
    private final TemplateAccess access;
    private final Caller caller;
    private final Clock clock;

    public CommentService(VersionService versions, TemplateAccess access, Caller caller, Clock clock) {
        this.versions = versions;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<CommentView> add(UUID templateId, int number, NewComment input) {
        return versions.locate(templateId, number).call(v -> access.requireCommenter(v.consortiumId())).flatMap(v -> {
            if (v.status() != VersionStatus.COMMENT_PERIOD) {
                throw ProblemException.conflict("Version " + number + " is " + v.status()
                        + "; comments are taken during its comment period only");
            }
            if (v.content().clause(input.clauseKey()).isEmpty()) {
                throw ProblemException.unprocessable("clauseKey", "Version " + number + " has no clause "
                        + input.clauseKey());
            }
            return requireParentOn(v, input.replyTo()).flatMap(ok -> written(v, input).<VersionComment>persist());
        }).map(CommentView::of);
    }

    @WithTransaction
    public Uni<CommentView> resolve(UUID templateId, int number, UUID commentId) {
        return versions.locate(templateId, number).invoke(v -> access.requireCoordinatorOf(v.consortiumId()))
                .flatMap(v -> VersionComment.onVersion(commentId, v.versionId())
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("Comment", commentId
                                + " on version " + number + " of template " + templateId)))
                .invoke(c -> c.resolve(caller.subject(), clock.instant()))
                .map(CommentView::of);
    }

    @WithSession
    public Uni<List<CommentView>> list(UUID templateId, int number) {
        return versions.read(templateId, number).flatMap(v -> VersionComment.onVersion(v.versionId()))
                .map(all -> all.stream().map(CommentView::of).toList());
    }

    /** A reply answers a comment on the same version. */
    private static Uni<Void> requireParentOn(VersionSnapshot v, UUID replyTo) {
        if (replyTo == null) {
            return Uni.createFrom().voidItem();
        }
        return VersionComment.<VersionComment>findById(replyTo)
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("replyTo",
                        "No comment " + replyTo + " on this version"))
                .invoke(parent -> {
                    if (!parent.versionId.equals(v.versionId())) {
                        throw ProblemException.unprocessable("replyTo", "That comment is on another version");
                    }
                }).replaceWithVoid();
    }

    private VersionComment written(VersionSnapshot v, NewComment input) {
        VersionComment c = new VersionComment();
        c.id = UUID.randomUUID();
        c.versionId = v.versionId();
        c.clauseKey = input.clauseKey();
        c.replyTo = input.replyTo();
        c.author = caller.subject();
        c.authorName = caller.displayName();
        c.orgType = caller.organisationType().map(Enum::name).orElse(null);
        c.orgId = caller.organisationId().orElse(null);
        c.text = input.text();
        c.createdAt = clock.instant();
        return c;
    }
}
