package org.compactdpa.vendors.products;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;

/**
 * What changed between two declarations of a product: data elements added and removed, the
 * free-text "other" elements, and subprocessors added, removed or changed (matched by name,
 * ignoring case).
 */
public record DeclarationDiff(List<DataElement> addedDataElements, List<DataElement> removedDataElements,
        boolean otherDataElementsChanged, List<String> addedSubprocessors, List<String> removedSubprocessors,
        List<String> changedSubprocessors) {

    public static DeclarationDiff between(Declaration previous, Declaration next) {
        EnumSet<DataElement> added = copy(next.dataElements());
        added.removeAll(previous.dataElements());
        EnumSet<DataElement> removed = copy(previous.dataElements());
        removed.removeAll(next.dataElements());

        Map<String, Subprocessor> before = byName(previous.subprocessors());
        Map<String, Subprocessor> after = byName(next.subprocessors());
        List<String> addedSubs = after.keySet().stream().filter(k -> !before.containsKey(k))
                .map(k -> after.get(k).name()).sorted().toList();
        List<String> removedSubs = before.keySet().stream().filter(k -> !after.containsKey(k))
                .map(k -> before.get(k).name()).sorted().toList();
        List<String> changedSubs = after.keySet().stream()
                .filter(k -> before.containsKey(k) && !before.get(k).equals(after.get(k)))
                .map(k -> after.get(k).name()).sorted().toList();

        return new DeclarationDiff(List.copyOf(added), List.copyOf(removed),
                !Objects.equals(previous.otherDataElements(), next.otherDataElements()),
                addedSubs, removedSubs, changedSubs);
    }

    public boolean isEmpty() {
        return addedDataElements.isEmpty() && removedDataElements.isEmpty() && !otherDataElementsChanged
                && !subprocessorsChanged();
    }

    public boolean subprocessorsChanged() {
        return !addedSubprocessors.isEmpty() || !removedSubprocessors.isEmpty() || !changedSubprocessors.isEmpty();
    }

    private static EnumSet<DataElement> copy(java.util.Set<DataElement> elements) {
        return elements.isEmpty() ? EnumSet.noneOf(DataElement.class) : EnumSet.copyOf(elements);
    }

    private static Map<String, Subprocessor> byName(List<Subprocessor> subprocessors) {
        return subprocessors.stream().collect(Collectors.toMap(s -> s.name().toLowerCase(java.util.Locale.ROOT),
                Function.identity(), (a, b) -> b));
    }
}
