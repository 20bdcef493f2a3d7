package org.compactdpa.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository checkout, where the broker jars, the Keycloak distribution and the realm live. */
public final class Workspace {

    private Workspace() {
    }

    public static Path root() {
        String configured = System.getProperty("compact.root", System.getenv("COMPACT_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy/keycloak/realm"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the Compact checkout above " + Path.of("").toAbsolutePath()
                + "; set COMPACT_ROOT");
    }

    public static Path kafkaLibs() {
        return require(root().resolve("deploy/kafka/target/libs"), "run `mvn -pl deploy/kafka generate-resources`");
    }

    public static Path keycloakZip() {
        return require(root().resolve("deploy/keycloak/target/keycloak-dist.zip"),
                "run `mvn -pl deploy/keycloak generate-resources`");
    }

    public static Path realmDir() {
        return root().resolve("deploy/keycloak/realm");
    }

    /** Everything a running stack writes (data, logs, pids) stays under .local/, which git ignores. */
    public static Path stateDir(String stackName) {
        return root().resolve(".local").resolve(stackName);
    }

    private static Path require(Path path, String hint) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: " + hint);
        }
        return path;
    }
}
