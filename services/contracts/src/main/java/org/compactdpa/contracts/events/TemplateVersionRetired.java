package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A published template version is retired: no new negotiations or terms on it. Key: templateId. */
@EventType(value = "org.compactdpa.template.version-retired.v1", topic = Topics.TEMPLATES)
public record TemplateVersionRetired(UUID templateId, UUID versionId, int version, Instant retiredAt) {
}
