package org.compactdpa.districts.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A general offer (Exhibit E) of an executed agreement; ACTIVE while it may be adopted. */
@Entity
@Table(name = "known_offer")
public class KnownOffer extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";

    @Id
    public UUID agreementId;

    public UUID vendorId;

    @Column(length = 2)
    public String state;

    public UUID consortiumId;

    public LocalDate expiresOn;

    /** ACTIVE, WITHDRAWN, EXPIRED or TERMINATED. */
    public String status;

    public Instant updatedAt;
}
