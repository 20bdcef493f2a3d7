package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consortium (state alliance or cooperative) now exists. Key: consortiumId. */
@EventType(value = "org.compactdpa.consortium.created.v1", topic = Topics.DISTRICTS)
public record ConsortiumCreated(UUID consortiumId, String name, List<String> states, Instant createdAt) {
}
