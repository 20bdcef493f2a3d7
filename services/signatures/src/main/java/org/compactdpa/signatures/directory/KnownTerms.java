package org.compactdpa.signatures.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Frozen terms as the templates service announced them; {@code event} keeps the whole payload. */
@Entity
@Table(name = "known_terms")
public class KnownTerms extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "consortium_id", nullable = false)
    public UUID consortiumId;

    @Column(name = "vendor_id")
    public UUID vendorId;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(name = "template_name", nullable = false)
    public String templateName;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String classification;

    @Column(name = "general_offer_eligible", nullable = false)
    public boolean generalOfferEligible;

    @Column(name = "term_years", nullable = false)
    public int termYears;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String event;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
