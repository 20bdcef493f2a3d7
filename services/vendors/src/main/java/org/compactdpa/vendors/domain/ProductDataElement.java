package org.compactdpa.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A data element of a product's current declaration; indexed for "every product that collects X". */
@Entity
@Table(name = "product_data_element")
public class ProductDataElement {

    @Embeddable
    public record Key(@Column(name = "element") String element, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public static ProductDataElement of(UUID productId, String element) {
        ProductDataElement row = new ProductDataElement();
        row.key = new Key(element, productId);
        return row;
    }
}
