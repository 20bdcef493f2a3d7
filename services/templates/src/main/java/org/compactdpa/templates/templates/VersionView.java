package org.compactdpa.templates.templates;

import java.time.Instant;
import java.util.UUID;

/** A version as the API shows it; lists leave the content out ({@code null}). */
public record VersionView(UUID id, UUID templateId, int version, VersionStatus status, TemplateContent content,
        String contentHash, Instant publishedAt, Instant updatedAt) {

    static VersionView of(TemplateVersion v, TemplateContent content) {
        return new VersionView(v.id, v.templateId, v.number, v.status, content, v.contentHash, v.publishedAt,
                v.updatedAt);
    }
}
