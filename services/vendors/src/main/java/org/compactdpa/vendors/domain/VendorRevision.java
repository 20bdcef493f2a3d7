package org.compactdpa.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One version of a vendor's profile, kept as JSON exactly as it was saved. */
@Entity
@Table(name = "vendor_revision")
public class VendorRevision {

    @Embeddable
    public record Key(@Column(name = "vendor_id") UUID vendorId, @Column(name = "revision") int revision)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String profile;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
