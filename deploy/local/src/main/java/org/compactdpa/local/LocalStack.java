package org.compactdpa.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine: PostgreSQL, Kafka and Keycloak (and a mail catcher when a
 * service sends mail), then every service as its own JVM. A part that dies without being asked to is
 * reported through {@link #failure()}.
 */
public final class LocalStack implements AutoCloseable {

    /** Where the signatures service sends its RFC 3161 timestamp requests. */
    public static final String TSA_URL_ENV = "COMPACT_SEAL_TSA_URL";

    /**
     * The services that send mail (accounts also has Keycloak send it for it): the stack catches it. Their
     * mails carry links into the portal, so they learn this stack's portal address too.
     */
    private static final Set<String> MAIL_SENDERS = Set.of("accounts", "notices");
    /** The secret of the accounts service's Keycloak client in the dev realm (deploy/keycloak/realm). */
    private static final String DEV_ACCOUNTS_CLIENT_SECRET = "compact-accounts-secret";

    private final Path stateDir;
    private final StackPorts ports;
    private final List<ServiceSpec> services;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ManagedProcess> running = new HashMap<>();
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private PostgresServer postgres;
    private TimeStampAuthority tsa;
    private String tsaUrl;
    private MailServer mail;

    private final boolean fresh;

    /**
     * @param fresh start from nothing: drop the data of earlier runs in stateDir (tests want this;
     *              the demo stack keeps its data between runs)
     */
    public LocalStack(Path stateDir, StackPorts ports, List<ServiceSpec> services, boolean fresh) {
        this.fresh = fresh;
        this.stateDir = stateDir;
        this.ports = ports;
        this.services = List.copyOf(services);
        this.kafka = new KafkaBroker(stateDir.resolve("kafka"), ports.kafka(), ports.kafkaController());
        this.keycloak = new KeycloakServer(stateDir, ports.keycloak(), fresh);
        if (this.services.stream().anyMatch(s -> MAIL_SENDERS.contains(s.name()))) {
            withMailServer();
        }
    }

    /**
     * Runs the mail catcher even though no service of this stack sends mail, e.g. for a service run
     * from the IDE against the stack; Keycloak's mail goes there too. Call before start.
     */
    public LocalStack withMailServer() {
        if (mail == null) {
            StackPorts.MailPorts mailPorts = ports.mail();
            mail = new MailServer(stateDir, stateDir.resolve("logs").resolve("mail.log"), mailPorts.smtp(),
                    mailPorts.imap(), mailPorts.api(), null);
        }
        return this;
    }

    public void start() {
        try {
            if (fresh) {
                // Keep the unpacked Keycloak (slow to unpack); everything else goes.
                for (String part : List.of("kafka", "postgres", "logs")) {
                    Files2.deleteTree(stateDir.resolve(part));
                }
            }
            Files.createDirectories(stateDir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Kafka and Keycloak take seconds to boot; start them first and let PostgreSQL come up meanwhile.
        kafka.start(this::crashed);
        keycloak.start(this::crashed);
        if (mail != null) {
            mail.start(this::crashed);
        }
        startTimeStampAuthority();
        postgres = PostgresServer.fromEnvironment(stateDir.resolve("postgres"), ports.postgres());
        services.stream().filter(ServiceSpec::hasDatabase).map(ServiceSpec::database).distinct()
                .forEach(postgres::ensureDatabase);
        kafka.awaitReady(Duration.ofSeconds(90));
        keycloak.awaitReady(Duration.ofSeconds(240));
        if (mail != null) {
            mail.awaitReady(Duration.ofSeconds(60));
            // Keycloak's own mails (the link to choose a password) go to the catcher as well.
            RealmMail.pointAt(keycloak, mail.smtpHost(), mail.smtpPort());
        }
        writePids();
        for (ServiceSpec service : services) {
            if (!Files.exists(service.jar())) {
                throw new StackFailure(service.jar() + " is missing: run `make build` first");
            }
            // All instances start before any is awaited: two instances of a service migrate one database at once.
            List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable()));
            command.addAll(ServiceJvm.options(service));
            command.addAll(List.of("-Dcompact.part=" + service.instance(),
                    "-Dcompact.stack=" + stateDir.toAbsolutePath(), "-jar", service.jar().toString()));
            ManagedProcess process = new ManagedProcess(service.instance(), command,
                    serviceEnvironment(service), Workspace.root(), stateDir.resolve("logs").resolve(service.instance() + ".log"));
            running.put(service.instance(), process);
            process.start(this::crashed);
        }
        writePids();
        for (ServiceSpec service : services) {
            Readiness.awaitHttpOk(running.get(service.instance()), service.baseUrl() + "/q/health/ready", Duration.ofSeconds(180));
        }
    }

    /** The settings a service reads from its environment (see each service's application.properties). */
    public Map<String, String> serviceEnvironment(ServiceSpec service) {
        Map<String, String> env = new HashMap<>(ServiceJvm.environment());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_HTTP_HOST", System.getenv().getOrDefault("COMPACT_HTTP_HOST", "127.0.0.1"));
        env.put("COMPACT_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("COMPACT_OIDC_URL", keycloak.realmUrl());
        if (service.hasDatabase()) {
            env.put("COMPACT_DB_HOST", postgres.host());
            env.put("COMPACT_DB_PORT", String.valueOf(postgres.port()));
            env.put("COMPACT_DB_NAME", service.database());
            env.put("COMPACT_DB_USER", PostgresServer.APP_USER);
            env.put("COMPACT_DB_PASSWORD", PostgresServer.APP_PASSWORD);
            env.put("COMPACT_DB_OWNER", PostgresServer.OWNER_USER);
            env.put("COMPACT_DB_OWNER_PASSWORD", PostgresServer.OWNER_PASSWORD);
        }
        if ("signatures".equals(service.name())) {
            // The seal key is generated on the first start and kept with the stack's data.
            env.put("COMPACT_SEAL_KEY_DIR", stateDir.resolve("seal").toAbsolutePath().toString());
            if (tsaUrl != null) {
                env.put(TSA_URL_ENV, tsaUrl);
            }
        }
        if ("accounts".equals(service.name())) {
            // Keycloak's admin API, as the service account of the dev realm's client compact-accounts.
            env.put("COMPACT_KEYCLOAK_URL", keycloak.baseUrl());
            env.put("COMPACT_ACCOUNTS_CLIENT_SECRET", DEV_ACCOUNTS_CLIENT_SECRET);
        }
        if (MAIL_SENDERS.contains(service.name())) {
            env.put("COMPACT_SMTP_HOST", mail.smtpHost());
            env.put("COMPACT_SMTP_PORT", String.valueOf(mail.smtpPort()));
            // The mailed links (and, for accounts, Keycloak's way back after a password is chosen) lead to
            // this stack's portal.
            services.stream().filter(s -> "portal".equals(s.name())).findFirst()
                    .ifPresent(portal -> env.put("COMPACT_PORTAL_PUBLIC_URL", portal.baseUrl()));
        }
        if ("notices".equals(service.name())) {
            // On one machine, the endpoints a person registers to try webhooks out listen on this machine
            // and over plain http. The Helm chart never allows loopback and asks for https by default.
            env.put("COMPACT_WEBHOOKS_ALLOW_LOOPBACK", "true");
            env.put("COMPACT_WEBHOOKS_REQUIRE_HTTPS", "false");
        }
        if (service.hasDatabase()) {
            // The portal passes on the browser's address; here it calls from this machine. Without
            // this every visitor would share the portal's address, in the evidence and in the limits.
            env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
            // The benchmark and the end-to-end tests call from this one address far faster than a
            // person would, so the local stack keeps the rate-limit rules but with room to spare.
            for (String rule : List.of("VERIFY", "REGISTRY", "PUBLICLIST", "CATALOG", "ACCOUNTS_LINKS")) {
                env.put("COMPACT_RATE_LIMIT_RULES_" + rule + "_BURST", "100000");
            }
        }
        for (ServiceSpec other : services) {
            env.putIfAbsent(StackPorts.envName(other.name()), other.baseUrl());
        }
        env.putAll(extraEnvironment);
        return env;
    }

    /**
     * Runs the time-stamping authority the signatures service stamps its seals with, in this JVM: the
     * launcher stays up as long as the stack does, so the TSA lives and dies with it and leaves no
     * process behind. Skipped when no signatures service runs, and when COMPACT_SEAL_TSA_URL already
     * names a TSA (a commercial one, say), which is then passed on as it is.
     */
    private void startTimeStampAuthority() {
        if (services.stream().noneMatch(s -> "signatures".equals(s.name()))) {
            return;
        }
        String external = System.getenv(TSA_URL_ENV);
        if (external != null && !external.isBlank()) {
            tsaUrl = external.trim();
            return;
        }
        try {
            tsa = TimeStampAuthority.start(stateDir.resolve("tsa"), ports.tsa());
        } catch (RuntimeException e) {
            throw new StackFailure("The time-stamping authority did not start: " + e.getMessage(), e);
        }
        tsaUrl = tsa.url();
    }

    /** The TSA this stack runs in this JVM, or null (no signatures service, or an external TSA). */
    public TimeStampAuthority tsa() {
        return tsa;
    }

    /** The TSA URL the signatures service gets (this stack's own or an external one), or null when none. */
    public String tsaUrl() {
        return tsaUrl;
    }

    public CompletableFuture<String> failure() {
        return failure;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** The mail catcher every mail of this stack goes to, or null when the stack runs none. */
    public MailServer mail() {
        return mail;
    }

    public StackPorts ports() {
        return ports;
    }

    public List<ServiceSpec> services() {
        return services;
    }

    /** The running process of a service instance (the service's name unless it runs several), e.g. to stop it in a test. */
    public ManagedProcess process(String instance) {
        return running.get(instance);
    }

    /**
     * Stops a service instance as an orchestrator would (SIGTERM, SIGKILL after 15 s): it finishes
     * what it can and leaves its consumer groups. Not reported as a failure; {@link #startService}
     * brings it back.
     */
    public void stopService(String instance) {
        requireProcess(instance).stop(Duration.ofSeconds(15));
    }

    /**
     * Kills a service instance with SIGKILL, as a crash would: nothing is finished or handed back.
     * Not reported as a failure; {@link #startService} brings it back.
     */
    public void killService(String instance) {
        requireProcess(instance).kill();
    }

    /** Starts a stopped or killed service instance again with the same settings, and waits until it is ready. */
    public void startService(String instance) {
        ManagedProcess process = requireProcess(instance);
        ServiceSpec service = services.stream().filter(s -> s.instance().equals(instance)).findFirst().orElseThrow();
        process.start(this::crashed);
        writePids();
        Readiness.awaitHttpOk(process, service.baseUrl() + "/q/health/ready", Duration.ofSeconds(180));
    }

    /** Starts the broker again after {@code kafka().stop()}, watched like at the stack's start, and waits for its port. */
    public void startKafka() {
        kafka.start(this::crashed);
        writePids();
        kafka.awaitReady(Duration.ofSeconds(90));
    }

    private ManagedProcess requireProcess(String instance) {
        ManagedProcess process = running.get(instance);
        if (process == null) {
            throw new IllegalArgumentException("No service instance " + instance + " in this stack; there are "
                    + running.keySet());
        }
        return process;
    }

    /** The PostgreSQL server the services use (after {@link #start()}). */
    public PostgresServer postgres() {
        return postgres;
    }

    /** Settings every service gets on top of the stack's own, e.g. a faster schedule in a test. Call before start. */
    public LocalStack withEnvironment(Map<String, String> environment) {
        extraEnvironment.putAll(environment);
        return this;
    }

    public Path stateDir() {
        return stateDir;
    }

    private void crashed(ManagedProcess process) {
        String message = process.name() + " (pid " + process.pid() + ") exited unexpectedly with code "
                + process.exitCode() + ". Last lines of " + process.logFile() + ":\n" + process.tail(40);
        failure.complete(message);
    }

    /** Lets `compact down` find every part even if this supervisor was killed without a chance to clean up. */
    private void writePids() {
        List<ManagedProcess> parts = new ArrayList<>(running.values());
        parts.add(kafka.process());
        parts.add(keycloak.process());
        if (mail != null) {
            parts.add(mail.process());
        }
        String lines = parts.stream().filter(ManagedProcess::isAlive)
                .map(p -> p.name() + " " + p.pid()).collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(stateDir.resolve("pids"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<ServiceSpec> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        reversed.stream().map(s -> running.get(s.instance())).filter(p -> p != null)
                .forEach(p -> p.stop(Duration.ofSeconds(15)));
        // After the services, so none of them is cut off in the middle of stamping a seal.
        if (tsa != null) {
            tsa.close();
        }
        if (mail != null) {
            mail.stop();
        }
        keycloak.stop();
        kafka.stop();
        if (postgres != null) {
            postgres.close();
        }
        try {
            Files.deleteIfExists(stateDir.resolve("pids"));
        } catch (IOException ignored) {
            // nothing left to clean: the file only helps `compact down` after a hard kill
        }
    }
}
