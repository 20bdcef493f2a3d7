package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product and its current Exhibit B data elements (comma-separated codes). */
@Entity
@Table(name = "known_product")
public class KnownProduct extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(nullable = false)
    public String name;

    @Column(name = "data_elements", nullable = false)
    public String dataElements;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
