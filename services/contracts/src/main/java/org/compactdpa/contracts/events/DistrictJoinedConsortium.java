package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A district became a member of a consortium (a district may belong to several). Key: districtId. */
@EventType(value = "org.compactdpa.district.joined-consortium.v1", topic = Topics.DISTRICTS)
public record DistrictJoinedConsortium(UUID districtId, UUID consortiumId, String state, Instant joinedAt) {
}
