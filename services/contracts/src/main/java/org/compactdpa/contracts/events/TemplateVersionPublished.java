package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A template version is published: immutable from now on, identified by its content hash. Key: templateId. */
@EventType(value = "org.compactdpa.template.version-published.v1", topic = Topics.TEMPLATES)
public record TemplateVersionPublished(UUID templateId, UUID versionId, int version, UUID consortiumId, String state,
        String contentHash, Instant publishedAt) {
}
