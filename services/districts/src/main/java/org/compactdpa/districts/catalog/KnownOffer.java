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
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "consortium_id")
    public UUID consortiumId;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    /** ACTIVE, WITHDRAWN, EXPIRED or TERMINATED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
