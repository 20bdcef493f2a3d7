package org.compactdpa.districts.districts;

import java.time.Instant;
import java.util.UUID;

public record DistrictView(UUID id, String name, String state, String ncesId, String contactName, String contactEmail,
        String website, Instant createdAt) {

    static DistrictView of(District district) {
        return new DistrictView(district.id, district.name, district.state, district.ncesId, district.contactName,
                district.contactEmail, district.website, district.createdAt);
    }
}
