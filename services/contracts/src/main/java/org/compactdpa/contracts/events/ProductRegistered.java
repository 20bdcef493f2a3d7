package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;

/** A vendor registered a product with its first data declaration (Exhibit B, F, subprocessors). Key: productId. */
@EventType(value = "org.compactdpa.product.registered.v1", topic = Topics.VENDORS)
public record ProductRegistered(UUID productId, UUID vendorId, String name, String url,
        List<DataElement> dataElements, String otherDataElements, SecurityFramework securityFramework,
        List<Subprocessor> subprocessors, int declarationVersion, Instant registeredAt) {
}
