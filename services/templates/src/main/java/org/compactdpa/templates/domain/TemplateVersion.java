package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One numbered version of a template; its content is JSON (see TemplateContent). */
@Entity
@Table(name = "template_version")
public class TemplateVersion {

    @Id
    public UUID id;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionStatus status;

    @Column(nullable = false)
    public String content;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
