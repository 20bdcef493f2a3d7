package org.compactdpa.notices.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint; {@code secret} only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(UUID id, String url, List<String> eventTypes, String description, String status,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime failingSince, OffsetDateTime disabledAt, String secret) {

    EndpointView withSecret(String secret) {
        return new EndpointView(id, url, eventTypes, description, status, createdAt, createdBy, failingSince, disabledAt, secret);
    }
}
