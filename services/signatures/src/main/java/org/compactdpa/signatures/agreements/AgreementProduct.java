package org.compactdpa.signatures.agreements;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A product an agreement covers, with its data elements as they were when the agreement was made (Exhibits A, B). */
@Entity
@Table(name = "agreement_product")
public class AgreementProduct extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "agreement_id") UUID agreementId, @Column(name = "product_id") UUID productId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String name;

    /** ",A,B," so that a search for one element matches it exactly. */
    public String dataElements;

    public static AgreementProduct of(UUID agreementId, UUID productId, String name, String dataElements) {
        AgreementProduct row = new AgreementProduct();
        row.key = new Key(agreementId, productId);
        row.name = name;
        row.dataElements = dataElements;
        return row;
    }

    /** The stored form of a comma-separated element list ("A,B" becomes ",A,B,"). */
    public static String delimited(String elements) {
        return elements.isEmpty() ? "," : "," + elements + ",";
    }

    /** The element codes of a comma-separated list, in either form, without blanks. */
    public static List<String> elements(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** Exhibit A and B lines as the document renders them. */
    public AgreementDocument.Product line() {
        return AgreementDocument.Product.of(name, dataElements);
    }
}
