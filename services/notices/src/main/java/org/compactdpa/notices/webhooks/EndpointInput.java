package org.compactdpa.notices.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.compactdpa.platform.validation.Limits;

/** A webhook endpoint to register: where, which event types, and a note for its owners. */
public record EndpointInput(
        @NotBlank(message = "is required") @Size(max = Limits.URL) String url,
        @NotEmpty(message = "must name at least one event type")
        @Size(max = Limits.CHOICES) List<@NotBlank @Size(max = Limits.NAME) String> eventTypes,
        @Size(max = Limits.NOTE) String description) {
}
