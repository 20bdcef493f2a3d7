package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice in a person's inbox. {@code link} is what the service suggests opening; a page decides
 * whether it is safe to render as a link.
 */
@TemplateData
public record Notice(UUID id, String kind, String title, String body, String link, Instant createdAt, boolean read,
        boolean mandatory) {
}
