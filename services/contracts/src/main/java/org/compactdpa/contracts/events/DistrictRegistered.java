package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A school district (LEA) was registered on the platform. Key: districtId. */
@EventType(value = "org.compactdpa.district.registered.v1", topic = Topics.DISTRICTS)
public record DistrictRegistered(UUID districtId, String name, String state, String ncesId, Instant registeredAt) {
}
