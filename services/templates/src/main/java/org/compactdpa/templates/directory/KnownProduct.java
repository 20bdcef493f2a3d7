package org.compactdpa.templates.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product and the vendor it belongs to, as the vendors service announced it. */
@Entity
@Table(name = "known_product")
public class KnownProduct extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
