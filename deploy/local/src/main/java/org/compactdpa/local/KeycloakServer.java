package org.compactdpa.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its Maven Central distribution, in start-dev mode (embedded file store), importing
 * the realm kept in deploy/keycloak/realm. The issuer is pinned to 127.0.0.1 so tokens fetched by
 * scripts and tests are accepted by services configured with the same address.
 *
 * <p>Keycloak's first start in a new install unpacks the distribution and then builds it for
 * start-dev, which costs a quarter of a minute. Once an install has started, a copy of it without
 * its data is kept in the user's cache ({@link PreparedInstalls}); a new stack, e.g. in a fresh
 * clone, starts from that copy and skips both steps.
 */
public final class KeycloakServer {

    private final Path installDir;
    private final int port;
    private final boolean freshRealm;
    private final ManagedProcess process;

    /**
     * @param freshRealm drop the stored realm data before starting, so the realm file is imported
     *                   again (tests want this; a long-lived demo stack keeps its data)
     */
    public KeycloakServer(Path installDir, int port, boolean freshRealm) {
        this.installDir = installDir;
        this.port = port;
        this.freshRealm = freshRealm;
        Path home = installDir.resolve("keycloak");
        this.process = new ManagedProcess("keycloak", List.of("bash", home.resolve("bin/kc.sh").toString(),
                "start-dev", "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=" + baseUrl(),
                "--import-realm", "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword(),
                        "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m",
                        // Marks the process as ours, so `make` can sweep it up after a hard crash.
                        "JAVA_OPTS_APPEND", "-Dcompact.stack=" + installDir.toAbsolutePath(),
                        "JAVA_HOME", System.getProperty("java.home")),
                home, installDir.resolve("keycloak.log"));
    }

    /** The password of Keycloak's bootstrap administrator {@code admin} (COMPACT_KEYCLOAK_ADMIN_PASSWORD). */
    public static String adminPassword() {
        return System.getenv().getOrDefault("COMPACT_KEYCLOAK_ADMIN_PASSWORD", "admin");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/compact";
    }

    public ManagedProcess process() {
        return process;
    }

    public void start(Consumer<ManagedProcess> onUnexpectedExit) {
        install();
        process.start(onUnexpectedExit);
    }

    public void awaitReady(Duration timeout) {
        Readiness.awaitHttpOk(process, realmUrl() + "/.well-known/openid-configuration", timeout);
        PreparedInstalls.keep(Workspace.keycloakZip(), installDir.resolve("keycloak"));
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    private void install() {
        Path home = installDir.resolve("keycloak");
        try {
            if (!Files.exists(home.resolve("bin/kc.sh"))
                    && !PreparedInstalls.copyInto(Workspace.keycloakZip(), home)) {
                unzip(Workspace.keycloakZip(), installDir);
            }
            Path data = home.resolve("data");
            // Keycloak imports a realm only if it does not exist yet, so a kept stack would go on with
            // an old realm after the realm file changed (new clients, mappers, audiences): then its
            // stored data is dropped and the file imported afresh, as on a first start.
            String realmFiles = realmFilesHash();
            Path imported = data.resolve("imported-realm.sha256");
            boolean realmChanged = !Files.exists(imported) || !Files.readString(imported).equals(realmFiles);
            if (freshRealm || realmChanged) {
                Files2.deleteTree(data.resolve("h2"));
            }
            Files.createDirectories(data);
            Files.writeString(imported, realmFiles);
            Path imports = Files.createDirectories(data.resolve("import"));
            try (DirectoryStream<Path> realms = Files.newDirectoryStream(Workspace.realmDir(), "*.json")) {
                for (Path realm : realms) {
                    Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install Keycloak into " + installDir, e);
        }
    }

    /** A hash of every realm file the stack imports, to tell when one has changed. */
    private static String realmFilesHash() throws IOException {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (var files = Files.list(Workspace.realmDir())) {
                for (Path realm : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    sha.update(realm.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(realm));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks the distribution, dropping its versioned top folder so the home is always installDir/keycloak. */
    private static void unzip(Path zip, Path target) throws IOException {
        Path staging = target.resolve("keycloak.unpacking");
        Files2.deleteTree(staging);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = staging.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Refusing zip entry outside the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.move(staging, target.resolve("keycloak"), StandardCopyOption.ATOMIC_MOVE);
    }
}
