package org.compactdpa.vendors.products;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;

/** A product with its current declaration; all of it is public (parents read Exhibit B). */
public record ProductView(UUID id, UUID vendorId, String name, String url, String description, List<String> gradeBands,
        List<String> categories, List<DataElement> dataElements, String otherDataElements,
        SecurityFramework securityFramework, String securityFrameworkOther, List<Subprocessor> subprocessors,
        int declarationVersion, Instant updatedAt) {

    static ProductView of(Product p, Declaration d) {
        return new ProductView(p.id, p.vendorId, p.name, p.url, p.description, p.gradeBands, p.categories,
                d.sortedElements(), d.otherDataElements(), p.securityFramework, p.securityFrameworkOther,
                d.subprocessors(), p.declarationVersion, p.updatedAt);
    }
}
