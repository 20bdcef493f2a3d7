package org.compactdpa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.compactdpa.local.KeycloakServer;
import org.compactdpa.local.Readiness;
import org.compactdpa.local.Workspace;

/**
 * One Keycloak for every test JVM of a `make test` build, instead of one per module: Keycloak is the
 * slowest component to start (about twenty seconds), and the modules' tests only add users to its
 * realm, each under names of its own. Asked for by {@code COMPACT_TEST_SHARED_KEYCLOAK=true} (the
 * Makefile sets it and stops the server when the build ends, by the process mark every component of
 * the test state directory carries). Without it, each test JVM starts and stops its own as before.
 *
 * <p>The first JVM starts it with a freshly imported realm and writes its port next to the
 * installation; later JVMs find the port, check that the realm answers, and use it. A file lock
 * keeps two JVMs from starting two servers at once.
 */
final class SharedKeycloak {

    private static final Path DIR = Workspace.stateDir("test");
    private static final Path PORT_FILE = DIR.resolve("shared-keycloak.port");

    private SharedKeycloak() {
    }

    static boolean wanted() {
        return "true".equalsIgnoreCase(System.getenv("COMPACT_TEST_SHARED_KEYCLOAK"));
    }

    static String realmUrl() {
        try {
            Files.createDirectories(DIR);
            try (FileChannel channel = FileChannel.open(DIR.resolve("shared-keycloak.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                String running = runningRealmUrl();
                if (running != null) {
                    return running;
                }
                KeycloakServer keycloak = new KeycloakServer(DIR, Readiness.freePort(), true);
                keycloak.start(null);
                keycloak.awaitReady(Duration.ofSeconds(240));
                Files.writeString(PORT_FILE, keycloak.baseUrl());
                return keycloak.realmUrl();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot share a Keycloak under " + DIR, e);
        }
    }

    /** The realm of a server an earlier JVM of this build started, if it still answers. */
    private static String runningRealmUrl() throws IOException {
        if (!Files.exists(PORT_FILE)) {
            return null;
        }
        String realm = Files.readString(PORT_FILE).strip() + "/realms/compact";
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? realm : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
