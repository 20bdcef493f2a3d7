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

    public UUID districtId;

    public UUID vendorId;

    public String vendorName;

    public String productName;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    public UUID originAgreementId;

    public LocalDate effectiveOn;

    public LocalDate expiresOn;

    public Instant updatedAt;
}
