package org.compactdpa.vendors.vendors;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a vendor's profile, kept as JSON exactly as it was saved. */
@Entity
@Table(name = "vendor_revision")
public class VendorRevision extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "vendor_id") UUID vendorId, @Column(name = "revision") int revision)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String profile;

    public Instant changedAt;

    public String changedBy;

    /** The vendor's profile as it stands now, with who saved it. */
    static VendorRevision of(Vendor vendor, String profile, String changedBy) {
        VendorRevision revision = new VendorRevision();
        revision.key = new Key(vendor.id, vendor.revision);
        revision.profile = profile;
        revision.changedAt = vendor.updatedAt;
        revision.changedBy = changedBy;
        return revision;
    }

    /** Every revision of the vendor, newest first. */
    static Uni<List<VendorRevision>> ofVendor(UUID vendorId) {
        return list("key.vendorId", Sort.descending("key.revision"), vendorId);
    }
}
