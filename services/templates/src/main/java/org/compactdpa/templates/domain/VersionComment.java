package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on a clause during a comment period, or a coordinator's reply to one. */
@Entity
@Table(name = "version_comment")
public class VersionComment {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "clause_key", nullable = false)
    public String clauseKey;

    @Column(name = "reply_to")
    public UUID replyTo;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "org_type")
    public String orgType;

    @Column(name = "org_id")
    public UUID orgId;

    @Column(nullable = false)
    public String text;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
