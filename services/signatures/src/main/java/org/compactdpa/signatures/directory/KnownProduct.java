package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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

    public UUID vendorId;

    public String name;

    public String dataElements;

    public Instant updatedAt;
}
