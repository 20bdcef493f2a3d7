package org.compactdpa.templates.rest.api;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.templates.domain.TemplateContent;
import org.compactdpa.templates.domain.VersionStatus;

public record VersionView(UUID id, UUID templateId, int version, VersionStatus status, TemplateContent content,
        String contentHash, Instant publishedAt, Instant updatedAt) {
}
