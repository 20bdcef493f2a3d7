package org.compactdpa.signatures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A product an agreement covers, with its data elements as they were when the agreement was made (Exhibits A, B). */
@Entity
@Table(name = "agreement_product")
public class AgreementProduct {

    @Embeddable
    public record Key(@Column(name = "agreement_id") UUID agreementId, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    /** ",A,B," so one element matches exactly. */
    @Column(name = "data_elements", nullable = false)
    public String dataElements;
}
