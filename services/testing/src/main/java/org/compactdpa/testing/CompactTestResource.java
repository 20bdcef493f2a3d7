package org.compactdpa.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.compactdpa.local.PostgresServer;

/**
 * Points a {@code @QuarkusTest} at the real components of {@link TestInfrastructure}. The service's
 * database is created fresh in the JVM's own PostgreSQL; Flyway migrates it at boot.
 */
public class CompactTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "compact_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        PostgresServer postgres = infrastructure.postgres();
        postgres.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        String hostPort = postgres.host() + ":" + postgres.port() + "/" + database;
        config.put("quarkus.datasource.reactive.url", "postgresql://" + hostPort);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort);
        config.put("quarkus.datasource.username", PostgresServer.APP_USER);
        config.put("quarkus.datasource.password", PostgresServer.APP_PASSWORD);
        config.put("quarkus.flyway.username", PostgresServer.OWNER_USER);
        config.put("quarkus.flyway.password", PostgresServer.OWNER_PASSWORD);
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", infrastructure.realmUrl());
        return config;
    }

    @Override
    public void stop() {
        // The components live as long as the JVM: other test classes of this module reuse them.
    }
}
