package org.compactdpa.districts.consortia;

import java.time.Instant;
import java.util.UUID;

public record MemberView(UUID districtId, String name, String state, String ncesId, Instant joinedAt) {
}
