package org.compactdpa.districts.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compactdpa.contracts.vocabulary.DataElement;

/** A product and the data it declares (Exhibit B), as the vendors service announced them. */
@Entity
@Table(name = "known_product")
public class KnownProduct extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID vendorId;

    public String name;

    /** Stored as ",A,B," so one element matches exactly with {@link #elementPattern}. */
    public String dataElements;

    public String otherData;

    public Instant updatedAt;

    public void setElements(Collection<DataElement> elements) {
        dataElements = elements.isEmpty() ? ","
                : elements.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    public List<DataElement> elements() {
        return Arrays.stream(dataElements.split(",")).filter(s -> !s.isBlank()).map(DataElement::valueOf).toList();
    }

    public static String elementPattern(DataElement element) {
        return "%," + element.name() + ",%";
    }
}
