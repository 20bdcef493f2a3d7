package org.compactdpa.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.compactdpa.local.Files2;
import org.compactdpa.local.KafkaBroker;
import org.compactdpa.local.KeycloakServer;
import org.compactdpa.local.PostgresServer;
import org.compactdpa.local.Readiness;
import org.compactdpa.local.StackFailure;
import org.compactdpa.local.Workspace;

/**
 * The real components a test JVM uses, started once per JVM and stopped when it exits:
 * PostgreSQL (embedded binaries, in this JVM), a Kafka broker (child process) the test may stop and
 * start, and Keycloak (child process), unless COMPACT_TEST_KEYCLOAK_URL points at one already
 * running (for example the one `make stack-up` starts, to save its boot time while working on one module).
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final String realmUrl;
    private final Path base;

    private TestInfrastructure() {
        String runId = ProcessHandle.current().pid() + "";
        base = Workspace.stateDir("test").resolve(runId);
        String external = System.getenv("COMPACT_TEST_KEYCLOAK_URL");
        if (external == null || external.isBlank()) {
            // One installation shared by the test JVMs of a build (modules run one after another);
            // each start drops the stored realm and imports it afresh.
            keycloak = new KeycloakServer(Workspace.stateDir("test"), Readiness.freePort(), true);
            keycloak.start(null);
            realmUrl = keycloak.realmUrl();
        } else {
            keycloak = null;
            realmUrl = external.replaceAll("/$", "") + "/realms/compact";
        }
        kafka = new KafkaBroker(base.resolve("kafka"), Readiness.freePort(), Readiness.freePort());
        kafka.start(null);
        postgres = PostgresServer.embedded(base.resolve("postgres"), Readiness.freePort(), true);
        kafka.awaitReady(Duration.ofSeconds(90));
        if (keycloak != null) {
            keycloak.awaitReady(Duration.ofSeconds(240));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "compact-test-infrastructure-stop"));
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            try {
                instance = new TestInfrastructure();
            } catch (RuntimeException e) {
                throw new StackFailure("Test infrastructure did not start: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public String realmUrl() {
        return realmUrl;
    }

    private void stop() {
        kafka.stop();
        if (keycloak != null) {
            keycloak.stop();
        }
        postgres.close();
        try {
            Files2.deleteTree(base);
        } catch (java.io.IOException e) {
            System.err.println("Could not remove test data in " + base + ": " + e.getMessage());
        }
    }
}
