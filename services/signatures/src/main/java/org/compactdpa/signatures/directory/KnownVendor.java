package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A vendor as the vendors service announced it; only verified vendors can be offered agreements. */
@Entity
@Table(name = "known_vendor")
public class KnownVendor extends PanacheEntityBase {

    @Id
    public UUID id;

    public String legalName;

    public boolean verified;

    public Instant updatedAt;
}
