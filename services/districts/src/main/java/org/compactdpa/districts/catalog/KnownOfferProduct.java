package org.compactdpa.districts.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A product a general offer covers. */
@Entity
@Table(name = "known_offer_product")
public class KnownOfferProduct extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "product_id") UUID productId, @Column(name = "agreement_id") UUID agreementId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public static KnownOfferProduct of(UUID agreementId, UUID productId) {
        KnownOfferProduct row = new KnownOfferProduct();
        row.key = new Key(productId, agreementId);
        return row;
    }
}
