package org.compactdpa.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a product's data declaration: its Exhibit B data elements and its subprocessors
 * (JSON), with the diff against the previous version. Never changed once written.
 */
@Entity
@Table(name = "product_declaration")
public class ProductDeclaration {

    @Embeddable
    public record Key(@Column(name = "product_id") UUID productId, @Column(name = "version") int version)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "data_elements", nullable = false)
    public String dataElements;

    @Column(name = "other_data_elements")
    public String otherDataElements;

    @Column(nullable = false)
    public String subprocessors;

    public String diff;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;
}
