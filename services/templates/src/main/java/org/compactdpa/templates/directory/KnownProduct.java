package org.compactdpa.templates.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
    public UUID productId;

    public UUID vendorId;

    public Instant registeredAt;
}
