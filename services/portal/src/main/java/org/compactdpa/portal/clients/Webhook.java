package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint an organisation registered, as listed (never its secret); {@code status} ACTIVE or DISABLED. */
@TemplateData
public record Webhook(UUID id, String url, List<String> eventTypes, String description, String status,
        Instant createdAt, Instant failingSince, Instant disabledAt) {

    public Webhook {
        eventTypes = eventTypes == null ? List.of() : eventTypes;
    }

    /** Switched off, by the service after failing too long or otherwise: it can be enabled again. */
    public boolean isDisabled() {
        return "DISABLED".equals(status);
    }
}
