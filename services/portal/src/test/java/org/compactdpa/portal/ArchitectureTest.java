package org.compactdpa.portal;

import org.compactdpa.testing.architecture.CapabilityRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ArchitectureTest {

    /** The portal has no entities; the page packages share only `pages` and the typed `clients`. */
    @Test
    void theServiceIsSortedByCapability() {
        CapabilityRules.of("org.compactdpa.portal").check();
    }
}
