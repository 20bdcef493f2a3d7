package org.compactdpa.vendors.products;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a product's data declaration: its Exhibit B data elements and its subprocessors
 * (JSON), with the diff against the previous version. Never changed once written.
 */
@Entity
@Table(name = "product_declaration")
public class ProductDeclaration extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "product_id") UUID productId, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String dataElements;

    public String otherDataElements;

    public String subprocessors;

    public String diff;

    public Instant declaredAt;

    public String declaredBy;

    /** The version the product currently declares. */
    static Uni<ProductDeclaration> currentOf(Product product) {
        return findById(new Key(product.id, product.declarationVersion));
    }

    /** Every version of the product's declaration, newest first. */
    static Uni<List<ProductDeclaration>> ofProduct(UUID productId) {
        return list("key.productId", Sort.descending("key.version"), productId);
    }
}
