package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.UUID;

/** A vendor or product ({@code targetType} {@code VENDOR} or {@code PRODUCT}) an organisation follows. */
@TemplateData
public record Subscription(UUID id, String targetType, UUID targetId, String targetName, Instant createdAt,
        String createdBy) {
}
