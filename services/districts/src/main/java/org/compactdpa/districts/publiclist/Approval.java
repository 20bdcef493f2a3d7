package org.compactdpa.districts.publiclist;

import java.util.UUID;

/** A product that has just become approved for a district, and the agreement that approves it. */
public record Approval(UUID districtId, UUID productId, UUID agreementId) {
}
