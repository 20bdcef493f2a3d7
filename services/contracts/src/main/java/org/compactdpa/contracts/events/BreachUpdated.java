package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The vendor posted an update on an incident (stage CONTAINED, ROOT_CAUSE or CLOSED). Key: incidentId. */
@EventType(value = "org.compactdpa.breach.updated.v1", topic = Topics.OBLIGATIONS)
public record BreachUpdated(UUID incidentId, UUID vendorId, String stage, List<UUID> districtIds, Instant updatedAt) {
}
