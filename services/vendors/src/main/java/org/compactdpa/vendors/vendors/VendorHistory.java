package org.compactdpa.vendors.vendors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.security.Caller;

/**
 * The kept revisions of vendor profiles. Each is stored as the full view it had when saved, so the
 * history still reads right after the profile's fields change shape.
 */
@ApplicationScoped
class VendorHistory {

    private final ObjectMapper json;
    private final Caller caller;

    VendorHistory(ObjectMapper json, Caller caller) {
        this.json = json;
        this.caller = caller;
    }

    /** Keeps the vendor's profile as it stands now as its current revision. */
    Uni<VendorRevision> keep(Vendor vendor) {
        String profile;
        try {
            profile = json.writeValueAsString(VendorView.fullOf(vendor));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return VendorRevision.of(vendor, profile, caller.subject()).persist();
    }

    /** Every revision of the vendor, newest first. */
    Uni<List<VendorRevisionView>> of(UUID vendorId) {
        return VendorRevision.ofVendor(vendorId).map(rows -> rows.stream().map(this::view).toList());
    }

    private VendorRevisionView view(VendorRevision row) {
        try {
            return new VendorRevisionView(row.key.revision(), json.readTree(row.profile), row.changedAt, row.changedBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored profile " + row.key + " is unreadable", e);
        }
    }
}
