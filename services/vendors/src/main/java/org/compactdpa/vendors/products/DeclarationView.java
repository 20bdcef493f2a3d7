package org.compactdpa.vendors.products;

import java.time.Instant;
import java.util.List;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;

/** One version of a product's declaration and what changed against the version before (none for the first). */
public record DeclarationView(int version, List<DataElement> dataElements, String otherDataElements,
        List<Subprocessor> subprocessors, DeclarationDiff changes, Instant declaredAt) {
}
