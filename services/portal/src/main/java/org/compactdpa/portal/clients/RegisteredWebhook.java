package org.compactdpa.portal.clients;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to registering an endpoint: the endpoint and the secret its deliveries are signed with
 * ({@code whsec_...}), which no later call gives out again.
 */
@TemplateData
public record RegisteredWebhook(UUID id, String url, List<String> eventTypes, String description, String status,
        Instant createdAt, String secret) {

    public RegisteredWebhook {
        eventTypes = eventTypes == null ? List.of() : eventTypes;
    }
}
