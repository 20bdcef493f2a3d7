package org.compactdpa.districts.publiclist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.AgreementStatus;

/** One product covered by one agreement of a district, with the agreement's latest known status. */
@Entity
@Table(name = "agreement_coverage")
public class AgreementCoverage extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "agreement_id") UUID agreementId, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "district_id", nullable = false)
    public UUID districtId;

    @Column(name = "vendor_id", nullable = false)
    public UUID vendorId;

    @Column(name = "vendor_name", nullable = false)
    public String vendorName;

    @Column(name = "product_name", nullable = false)
    public String productName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relationship relationship;

    @Column(name = "origin_agreement_id")
    public UUID originAgreementId;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
