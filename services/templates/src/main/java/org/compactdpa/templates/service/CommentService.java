package org.compactdpa.templates.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.templates.domain.VersionComment;
import org.compactdpa.templates.domain.VersionStatus;
import org.compactdpa.templates.repository.VersionCommentRepository;
import org.compactdpa.templates.rest.api.NewComment;

/** Comments on clauses during a version's comment period; coordinators reply and resolve. */
@ApplicationScoped
public class CommentService {

    private final TemplateService templates;
    private final VersionCommentRepository comments;
    private final TemplateAccess access;
    private final ContentCodec codec;
    private final Caller caller;

    public CommentService(TemplateService templates, VersionCommentRepository comments, TemplateAccess access,
            ContentCodec codec, Caller caller) {
        this.templates = templates;
        this.comments = comments;
        this.access = access;
        this.codec = codec;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<VersionComment> add(UUID templateId, int number, NewComment input) {
        return templates.locate(templateId, number).call(l -> access.requireCommenter(l.template().consortiumId))
                .flatMap(l -> {
            if (l.version().status != VersionStatus.COMMENT_PERIOD) {
                throw ProblemException.conflict("Version " + number + " is " + l.version().status
                        + "; comments are taken during its comment period only");
            }
            if (codec.read(l.version().content).clause(input.clauseKey()).isEmpty()) {
                throw ProblemException.unprocessable("clauseKey", "Version " + number + " has no clause "
                        + input.clauseKey());
            }
            Uni<Void> parent = input.replyTo() == null ? Uni.createFrom().voidItem()
                    : comments.findById(input.replyTo())
                            .onItem().ifNull().failWith(() -> ProblemException.unprocessable("replyTo",
                                    "No comment " + input.replyTo() + " on this version"))
                            .invoke(p -> {
                                if (!p.versionId.equals(l.version().id)) {
                                    throw ProblemException.unprocessable("replyTo", "That comment is on another version");
                                }
                            }).replaceWithVoid();
            return parent.flatMap(ok -> {
                VersionComment c = new VersionComment();
                c.id = UUID.randomUUID();
                c.versionId = l.version().id;
                c.clauseKey = input.clauseKey();
                c.replyTo = input.replyTo();
                c.author = caller.subject();
                c.authorName = caller.displayName();
                c.orgType = caller.organisationType().map(Enum::name).orElse(null);
                c.orgId = caller.organisationId().orElse(null);
                c.text = input.text();
                c.createdAt = Instant.now();
                return comments.persist(c);
            });
        });
    }

    @WithTransaction
    public Uni<VersionComment> resolve(UUID templateId, int number, UUID commentId) {
        return templates.locate(templateId, number).flatMap(l -> {
            access.requireCoordinatorOf(l.template().consortiumId);
            // A comment on another version (or another consortium's template) is not found here.
            return comments.find("id = ?1 and versionId = ?2", commentId, l.version().id).<VersionComment>firstResult()
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("Comment", commentId
                            + " on version " + number + " of template " + templateId))
                    .invoke(c -> {
                        if (c.resolvedAt != null) {
                            throw ProblemException.conflict("Comment " + commentId + " is already resolved");
                        }
                        c.resolvedAt = Instant.now();
                        c.resolvedBy = caller.subject();
                    });
        });
    }

    @WithSession
    public Uni<List<VersionComment>> list(UUID templateId, int number) {
        return templates.read(templateId, number)
                .flatMap(l -> comments.list("versionId", Sort.ascending("createdAt").and("id"), l.version().id));
    }
}
