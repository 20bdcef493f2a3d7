package org.compactdpa.obligations;

import org.compactdpa.testing.architecture.CapabilityRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ArchitectureTest {

    @Test
    void theServiceIsSortedByCapability() {
        CapabilityRules.of("org.compactdpa.obligations").check();
    }
}
