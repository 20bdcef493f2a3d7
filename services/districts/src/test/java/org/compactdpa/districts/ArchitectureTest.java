package org.compactdpa.districts;

import org.compactdpa.testing.architecture.CapabilityRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ArchitectureTest {

    /**
     * The catalog is shared: it is the service's read-only copy of what the vendors and signatures
     * services announced (vendor and product names, declared data, open offers), and the public list
     * joins it in its one query to sort by a product's current name and filter by its data.
     */
    @Test
    void theServiceIsSortedByCapability() {
        CapabilityRules.of("org.compactdpa.districts").sharing("catalog").check();
    }
}
