package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A district as the districts service announced it: enough to name a party and check its state. */
@Entity
@Table(name = "known_district")
public class KnownDistrict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "nces_id", nullable = false, length = 7)
    public String ncesId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
