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

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "negotiation_id")
    public UUID negotiationId;

    @Column(name = "consortium_id", nullable = false)
    public UUID consortiumId;

    @Column(name = "vendor_id")
    public UUID vendorId;

    @Column(nullable = false, length = 2)
    public String state;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    @Column(name = "general_offer_eligible", nullable = false)
    public boolean generalOfferEligible;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
