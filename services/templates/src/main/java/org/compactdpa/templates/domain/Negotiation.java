package org.compactdpa.templates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.messaging.persistence.CommaListConverter;

/** A consortium and one vendor negotiating one published version for named products. */
@Entity
public class Negotiation {

    public static final String OPEN = "OPEN";
    public static final String AGREED = "AGREED";

    @Id
    public UUID id;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "consortium_id", nullable = false)
    public UUID consortiumId;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Convert(converter = CommaListConverter.class)
    @Column(nullable = false)
    public List<String> products;

    @Column(nullable = false)
    public String status;

    @Column(name = "consortium_agreed_at")
    public Instant consortiumAgreedAt;

    @Column(name = "consortium_agreed_by")
    public String consortiumAgreedBy;

    @Column(name = "vendor_agreed_at")
    public Instant vendorAgreedAt;

    @Column(name = "vendor_agreed_by")
    public String vendorAgreedBy;

    @Column(name = "terms_id")
    public UUID termsId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean agreedBy(Party party) {
        return party == Party.CONSORTIUM ? consortiumAgreedAt != null : vendorAgreedAt != null;
    }
}
