package org.compactdpa.templates.comments;

import java.time.Instant;
import java.util.UUID;

/** A comment as the API shows it: who wrote it for which organisation, and whether it is resolved. */
public record CommentView(UUID id, UUID versionId, String clauseKey, UUID replyTo, String author, String authorName,
        String orgType, UUID orgId, String text, Instant resolvedAt, String resolvedBy, Instant createdAt) {

    static CommentView of(VersionComment c) {
        return new CommentView(c.id, c.versionId, c.clauseKey, c.replyTo, c.author, c.authorName, c.orgType, c.orgId,
                c.text, c.resolvedAt, c.resolvedBy, c.createdAt);
    }
}
