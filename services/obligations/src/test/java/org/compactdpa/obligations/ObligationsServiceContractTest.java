package org.compactdpa.obligations;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.compactdpa.testing.CompactTestResource;
import org.compactdpa.testing.ServiceContractTest;

@QuarkusTest
@WithTestResource(value = CompactTestResource.class, scope = TestResourceScope.GLOBAL)
class ObligationsServiceContractTest extends ServiceContractTest {
}
