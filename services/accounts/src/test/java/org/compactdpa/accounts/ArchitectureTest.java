package org.compactdpa.accounts;

import org.compactdpa.testing.architecture.CapabilityRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ArchitectureTest {

    /**
     * `keycloak` calls out: the Keycloak admin client's interface is made of JAX-RS types (a created
     * user is a Response, a refusal an exception carrying one), so there the outgoing call is the
     * boundary. Every other capability knows nothing of HTTP below its resources.
     */
    @Test
    void theServiceIsSortedByCapability() {
        CapabilityRules.of("org.compactdpa.accounts").callingOutThrough("keycloak").check();
    }
}
