package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;

/**
 * A product's data declaration has a new version: the full current data elements and the change
 * against the previous version. {@code otherDataElementsChanged} is true when the free text
 * describing OTHER data changed, which may be the only change of the version. Key: productId.
 */
@EventType(value = "org.compactdpa.product.declaration-changed.v1", topic = Topics.VENDORS)
public record ProductDeclarationChanged(UUID productId, UUID vendorId, String name, int declarationVersion,
        List<DataElement> dataElements, String otherDataElements, List<DataElement> addedDataElements,
        List<DataElement> removedDataElements, boolean otherDataElementsChanged, List<String> addedSubprocessors,
        List<String> removedSubprocessors, List<String> changedSubprocessors, Instant changedAt) {
}
