package org.compactdpa.templates.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A vendor a coordinator verified, as the vendors service announced it. */
@Entity
@Table(name = "known_verified_vendor")
public class KnownVerifiedVendor extends PanacheEntityBase {

    @Id
    public UUID vendorId;

    public Instant verifiedAt;
}
