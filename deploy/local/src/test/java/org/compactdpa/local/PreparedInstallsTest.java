package org.compactdpa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of built Keycloak installs: program kept, data never, and nothing when there is none yet. */
class PreparedInstallsTest {

    @TempDir
    Path dir;

    Path distribution;

    @BeforeEach
    void cacheAndDistribution() throws IOException {
        System.setProperty("compact.cache.dir", dir.resolve("cache").toString());
        distribution = dir.resolve("keycloak-dist.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(distribution))) {
            zip.putNextEntry(new ZipEntry("keycloak-99.1.2/"));
            zip.putNextEntry(new ZipEntry("keycloak-99.1.2/bin/kc.sh"));
            zip.write("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void forgetCache() {
        System.clearProperty("compact.cache.dir");
    }

    @Test
    void withNothingKeptANewInstallIsLeftToTheUnpacking() {
        Path home = dir.resolve("stack/keycloak");
        assertThat(PreparedInstalls.copyInto(distribution, home)).isFalse();
        assertThat(home).doesNotExist();
    }

    @Test
    void aStartedInstallIsKeptWithoutItsDataAndCopiedIntoTheNextStack() throws IOException {
        Path first = dir.resolve("first/keycloak");
        write(first.resolve("bin/kc.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(first.resolve("bin/kc.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        write(first.resolve("lib/quarkus/quarkus-application.dat"), "built");
        write(first.resolve("data/h2/keycloakdb.mv.db"), "the first stack's users");

        PreparedInstalls.keep(distribution, first);
        assertThat(PreparedInstalls.preparedFor(distribution)).hasFileName("keycloak-99.1.2-prepared");

        Path second = dir.resolve("second/keycloak");
        assertThat(PreparedInstalls.copyInto(distribution, second)).isTrue();
        assertThat(second.resolve("lib/quarkus/quarkus-application.dat")).hasContent("built");
        assertThat(Files.isExecutable(second.resolve("bin/kc.sh"))).isTrue();
        assertThat(second.resolve("data")).doesNotExist();
        assertThat(second.resolve(".compact-files")).doesNotExist();
        assertThat(second.resolveSibling("keycloak.copying")).doesNotExist();
    }

    @Test
    void aKeptCopyMissingAFileIsDroppedAndTheDistributionUnpackedInstead() throws IOException {
        Path first = dir.resolve("first/keycloak");
        write(first.resolve("bin/kc.sh"), "#!/bin/sh\n");
        write(first.resolve("lib/lib/main/keycloak-core.jar"), "classes");
        PreparedInstalls.keep(distribution, first);
        Path prepared = PreparedInstalls.preparedFor(distribution);
        Files.delete(prepared.resolve("lib/lib/main/keycloak-core.jar"));

        Path second = dir.resolve("second/keycloak");
        assertThat(PreparedInstalls.copyInto(distribution, second)).isFalse();
        assertThat(second).doesNotExist();
        assertThat(prepared).doesNotExist();
    }

    @Test
    void theFirstKeptCopyStays() throws IOException {
        Path first = dir.resolve("first/keycloak");
        write(first.resolve("bin/kc.sh"), "first");
        Path later = dir.resolve("later/keycloak");
        write(later.resolve("bin/kc.sh"), "later");

        PreparedInstalls.keep(distribution, first);
        PreparedInstalls.keep(distribution, later);

        assertThat(PreparedInstalls.preparedFor(distribution).resolve("bin/kc.sh")).hasContent("first");
        try (var entries = Files.list(dir.resolve("cache"))) {
            assertThat(entries).hasSize(1);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
