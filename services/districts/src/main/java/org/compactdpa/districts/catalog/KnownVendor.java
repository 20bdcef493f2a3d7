package org.compactdpa.districts.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A vendor's name as the vendors service announced it. */
@Entity
@Table(name = "known_vendor")
public class KnownVendor extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public Instant updatedAt;
}
