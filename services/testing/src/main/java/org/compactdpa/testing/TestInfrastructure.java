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
 *
 * <p>Quarkus runs the tests of each test profile in a class loader of its own, with a fresh copy of
 * this class. The first copy starts the components and leaves their addresses in system properties;
 * every later copy reaches the same ones through them instead of starting a second set.
 */
public final class TestInfrastructure {

    private static final String SHARED = "org.compactdpa.testing.infrastructure.";
    private static final String REALM_URL = SHARED + "realm-url";
    private static final String POSTGRES_HOST = SHARED + "postgres-host";
    private static final String POSTGRES_PORT = SHARED + "postgres-port";
    private static final String KAFKA = SHARED + "kafka-bootstrap-servers";
    /** The embedded server's superuser (its own defaults); a later class loader connects as it. */
    private static final String POSTGRES_ADMIN = "postgres";

    private static TestInfrastructure instance;

    private final PostgresServer postgres;
    private final String realmUrl;
    private final String kafkaBootstrapServers;
    /** Null in a class loader that reached the components started by another one. */
    private final KafkaBroker kafka;

    private TestInfrastructure(PostgresServer postgres, String realmUrl, String kafkaBootstrapServers, KafkaBroker kafka) {
        this.postgres = postgres;
        this.realmUrl = realmUrl;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.kafka = kafka;
    }

    public static TestInfrastructure get() {
        // A string literal is one object in the whole JVM, whichever class loader loaded this class.
        synchronized ("org.compactdpa.testing.TestInfrastructure") {
            if (instance == null) {
                try {
                    instance = System.getProperty(REALM_URL) == null ? start() : reach();
                } catch (RuntimeException e) {
                    throw new StackFailure("Test infrastructure did not start: " + e.getMessage(), e);
                }
            }
            return instance;
        }
    }

    private static TestInfrastructure start() {
        String runId = ProcessHandle.current().pid() + "";
        Path base = Workspace.stateDir("test").resolve(runId);
        String external = System.getenv("COMPACT_TEST_KEYCLOAK_URL");
        KeycloakServer keycloak;
        String realmUrl;
        if ((external == null || external.isBlank()) && SharedKeycloak.wanted()) {
            // `make test`: the first test JVM of the build starts Keycloak and leaves it running for
            // the modules after it; the Makefile stops it when the build ends.
            keycloak = null;
            realmUrl = SharedKeycloak.realmUrl();
        } else if (external == null || external.isBlank()) {
            // One installation shared by the test JVMs of a build (modules run one after another);
            // each start drops the stored realm and imports it afresh.
            keycloak = new KeycloakServer(Workspace.stateDir("test"), Readiness.freePort(), true);
            keycloak.start(null);
            realmUrl = keycloak.realmUrl();
        } else {
            keycloak = null;
            realmUrl = external.replaceAll("/$", "") + "/realms/compact";
        }
        KafkaBroker kafka = new KafkaBroker(base.resolve("kafka"), Readiness.freePort(), Readiness.freePort());
        kafka.start(null);
        PostgresServer postgres = PostgresServer.embedded(base.resolve("postgres"), Readiness.freePort(), true);
        kafka.awaitReady(Duration.ofSeconds(90));
        if (keycloak != null) {
            keycloak.awaitReady(Duration.ofSeconds(240));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(kafka, keycloak, postgres, base),
                "compact-test-infrastructure-stop"));
        System.setProperty(POSTGRES_HOST, postgres.host());
        System.setProperty(POSTGRES_PORT, String.valueOf(postgres.port()));
        System.setProperty(KAFKA, kafka.bootstrapServers());
        System.setProperty(REALM_URL, realmUrl);
        return new TestInfrastructure(postgres, realmUrl, kafka.bootstrapServers(), kafka);
    }

    private static TestInfrastructure reach() {
        PostgresServer postgres = PostgresServer.external(System.getProperty(POSTGRES_HOST),
                Integer.parseInt(System.getProperty(POSTGRES_PORT)), POSTGRES_ADMIN, POSTGRES_ADMIN);
        return new TestInfrastructure(postgres, System.getProperty(REALM_URL), System.getProperty(KAFKA), null);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /**
     * The broker, for a test that stops and starts it. Only the class loader that started it holds
     * it: a test that does this must run under the first test profile of its JVM (as every test
     * without one does, in a module whose tests all share one profile).
     */
    public KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("The Kafka broker was started under another test profile of this JVM;"
                    + " from here it can only be reached, at " + kafkaBootstrapServers);
        }
        return kafka;
    }

    public String realmUrl() {
        return realmUrl;
    }

    private static void stop(KafkaBroker kafka, KeycloakServer keycloak, PostgresServer postgres, Path base) {
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
