package org.compactdpa.districts.consortia;

import java.time.Instant;
import java.util.UUID;

/** The answer to adding a member: which district joined which consortium, and when. */
public record MemberRef(UUID consortiumId, UUID districtId, Instant joinedAt) {
}
