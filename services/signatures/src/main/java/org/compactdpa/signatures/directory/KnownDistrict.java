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

    public String name;

    @Column(length = 2)
    public String state;

    @Column(length = 7)
    public String ncesId;

    public Instant registeredAt;

    public Instant updatedAt;
}
