package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.SecurityFramework;

/** A product's name, address or Exhibit F framework changed (its data declaration did not). Key: productId. */
@EventType(value = "org.compactdpa.product.details-changed.v1", topic = Topics.VENDORS)
public record ProductDetailsChanged(UUID productId, UUID vendorId, String name, String url,
        SecurityFramework securityFramework, Instant changedAt) {
}
