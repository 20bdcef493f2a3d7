package org.compactdpa.vendors.products;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;

/**
 * What a product declares it collects (Exhibit B) and with whom it shares it. Values only:
 * data elements as a set, subprocessors sorted by name, so equal declarations compare equal.
 */
public record Declaration(Set<DataElement> dataElements, String otherDataElements, List<Subprocessor> subprocessors) {

    public Declaration {
        dataElements = dataElements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataElements));
        otherDataElements = otherDataElements == null || otherDataElements.isBlank() ? null : otherDataElements.trim();
        subprocessors = subprocessors.stream()
                .map(s -> new Subprocessor(s.name().trim(), s.purpose(), s.dataElements().stream().sorted().toList(),
                        s.location()))
                .sorted(Comparator.comparing(Subprocessor::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<DataElement> sortedElements() {
        return dataElements.stream().sorted().toList();
    }

    public DeclarationDiff diffFrom(Declaration previous) {
        return DeclarationDiff.between(previous, this);
    }

    public boolean sameAs(Declaration other) {
        return dataElements.equals(other.dataElements) && Objects.equals(otherDataElements, other.otherDataElements)
                && subprocessors.equals(other.subprocessors);
    }
}
