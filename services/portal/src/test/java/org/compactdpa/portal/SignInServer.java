package org.compactdpa.portal;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.compactdpa.testing.TestInfrastructure;

/**
 * Only the realm to sign in with, for a test profile that leaves out the shared test resources: the
 * portal has no database, so it needs none of CompactTestResource's PostgreSQL or Kafka.
 */
public class SignInServer implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestInfrastructure.get().realmUrl());
    }

    @Override
    public void stop() {
        // The realm outlives the test: it belongs to the shared infrastructure.
    }
}
