package org.compactdpa.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product's subprocessors changed (also part of a declaration change); the full current list. Key: productId. */
@EventType(value = "org.compactdpa.product.subprocessors-changed.v1", topic = Topics.VENDORS)
public record SubprocessorsChanged(UUID productId, UUID vendorId, int declarationVersion,
        List<Subprocessor> subprocessors, List<String> added, List<String> removed, List<String> changed,
        Instant changedAt) {
}
