package org.compactdpa.signatures.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A district as signatures knows it from events, with the consortia it joined. */
public record KnownDistrictView(UUID id, String name, String state, String ncesId, List<UUID> consortia,
        Instant updatedAt) {
}
