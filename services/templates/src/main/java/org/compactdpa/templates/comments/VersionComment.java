package org.compactdpa.templates.comments;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.problem.ProblemException;

/** A comment on a clause during a comment period, or a reply to one. */
@Entity
@Table(name = "version_comment")
public class VersionComment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID versionId;

    public String clauseKey;

    public UUID replyTo;

    public String author;

    public String authorName;

    public String orgType;

    public UUID orgId;

    public String text;

    public Instant resolvedAt;

    public String resolvedBy;

    public Instant createdAt;

    /** Resolved once; resolving again is a conflict, not a silent second resolver. */
    void resolve(String by, Instant at) {
        if (resolvedAt != null) {
            throw ProblemException.conflict("Comment " + id + " is already resolved");
        }
        resolvedAt = at;
        resolvedBy = by;
    }

    static Uni<List<VersionComment>> onVersion(UUID versionId) {
        return list("versionId", Sort.ascending("createdAt").and("id"), versionId);
    }

    /** The comment only if it is on this version: another version's (or consortium's) is not found here. */
    static Uni<VersionComment> onVersion(UUID commentId, UUID versionId) {
        return find("id = ?1 and versionId = ?2", commentId, versionId).firstResult();
    }
}
