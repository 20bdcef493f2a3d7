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
import org.compactdpa.contracts.vocabulary.ProductStatus;

/** A line of a district's public list: a product and the agreement that decides its status. */
@Entity
@Table(name = "district_product")
public class DistrictProduct extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "district_id") UUID districtId, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public UUID vendorId;

    @Enumerated(EnumType.STRING)
    public ProductStatus status;

    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    public LocalDate effectiveOn;

    public LocalDate expiresOn;

    public Instant updatedAt;
}
