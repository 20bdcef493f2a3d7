package org.compactdpa.districts.consortia;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record NewMember(@NotNull(message = "must name the district to add") UUID districtId) {
}
