package org.compactdpa.vendors.products;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;

/** A data element of a product's current declaration; indexed for "every product that collects X". */
@Entity
@Table(name = "product_data_element")
public class ProductDataElement extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "element") String element, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    static ProductDataElement of(UUID productId, String element) {
        ProductDataElement row = new ProductDataElement();
        row.key = new Key(element, productId);
        return row;
    }

    /** Brings the index in line with a declaration change: removes and adds only what changed. */
    static Uni<Void> reindex(UUID productId, Collection<DataElement> added, Collection<DataElement> removed) {
        Uni<Long> deleted = removed.isEmpty() ? Uni.createFrom().item(0L)
                : delete("key.productId = ?1 and key.element in ?2", productId,
                        removed.stream().map(Enum::name).toList());
        return deleted.flatMap(ignored -> added.isEmpty() ? Uni.createFrom().voidItem()
                : persist(added.stream().map(e -> of(productId, e.name()))));
    }
}
