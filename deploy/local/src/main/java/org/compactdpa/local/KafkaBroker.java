package org.compactdpa.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM), run from the jars
 * that deploy/kafka resolves from Maven Central. Its data survives a stop, so stopping and starting
 * it again is a broker outage, not a new cluster.
 */
public final class KafkaBroker {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final ManagedProcess process;

    public KafkaBroker(Path home, int port, int controllerPort) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = new ManagedProcess("kafka", List.of(ManagedProcess.javaExecutable(),
                "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-Dcompact.part=kafka", "-Dcompact.stack=" + home.toAbsolutePath(),
                "-cp", Workspace.kafkaLibs().toAbsolutePath() + "/*", "kafka.Kafka",
                home.resolve("server.properties").toString()), Map.of(), home, home.resolve("kafka.log"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    public void start(Consumer<ManagedProcess> onUnexpectedExit) {
        prepare();
        process.start(onUnexpectedExit);
    }

    public void awaitReady(Duration timeout) {
        Readiness.awaitPort(process, port, timeout);
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    private void prepare() {
        try {
            Files.createDirectories(home.resolve("data"));
            Files.writeString(home.resolve("server.properties"), serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(home.resolve("log4j2.properties"), LOGGING, StandardCharsets.UTF_8);
            if (!Files.exists(home.resolve("data/meta.properties"))) {
                format();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() throws IOException {
        ManagedProcess formatter = new ManagedProcess("kafka-storage-format", List.of(ManagedProcess.javaExecutable(),
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", Workspace.kafkaLibs().toAbsolutePath() + "/*", "kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", home.resolve("server.properties").toString()),
                Map.of(), home, home.resolve("format.log"));
        formatter.start(null);
        ProcessHandle handle = ProcessHandle.of(formatter.pid()).orElse(null);
        try {
            if (handle != null) {
                handle.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            formatter.stop(Duration.ofSeconds(1));
            throw new StackFailure("Formatting Kafka storage timed out:\n" + formatter.tail(20), e);
        }
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            throw new StackFailure("Formatting Kafka storage failed:\n" + formatter.tail(20));
        }
    }

    /** Kafka cluster ids are 16 random bytes in URL-safe base64; Kafka avoids ids starting with '-'. */
    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // Topics are the record of every event: a projection is rebuilt from them after the
                // producers' outbox rows are gone, so they keep everything (Kafka's default is 7 days).
                "log.retention.ms=-1",
                "log.retention.bytes=-1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private static final String LOGGING = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = WARN",
            "rootLogger.appenderRef.out.ref = OUT",
            "logger.server.name = kafka.server.KafkaRaftServer",
            "logger.server.level = INFO",
            "");
}
