package org.compactdpa.templates.terms;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Frozen terms: a version plus accepted changes, their exact text, hash and classification. Never changed. */
@Entity
@Table(name = "terms_package")
public class TermsPackage extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID templateId;

    public UUID versionId;

    public UUID negotiationId;

    public UUID consortiumId;

    public UUID vendorId;

    @Column(length = 2)
    public String state;

    public String content;

    public String text;

    public String contentHash;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    public boolean generalOfferEligible;

    public Instant createdAt;
}
