package org.compactdpa.districts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** District staff asking to use a product; answered by an available offer or by the coordinators. */
@Entity
@Table(name = "app_request")
public class AppRequest {

    @Id
    public UUID id;

    @Column(name = "district_id", nullable = false)
    public UUID districtId;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "product_name", nullable = false)
    public String productName;

    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppRequestStatus status;

    @Column(name = "offer_agreement_id")
    public UUID offerAgreementId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;
}
