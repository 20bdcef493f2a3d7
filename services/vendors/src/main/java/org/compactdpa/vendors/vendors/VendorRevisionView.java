package org.compactdpa.vendors.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One saved version of a vendor's profile. */
public record VendorRevisionView(int revision, JsonNode profile, Instant changedAt, String changedBy) {
}
