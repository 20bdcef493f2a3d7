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

    public UUID consortiumId;

    public UUID vendorId;

    @Column(length = 2)
    public String state;

    public String templateName;

    public int version;

    public String classification;

    public boolean generalOfferEligible;

    public int termYears;

    public String contentHash;

    public String text;

    public String event;

    public Instant receivedAt;
}
