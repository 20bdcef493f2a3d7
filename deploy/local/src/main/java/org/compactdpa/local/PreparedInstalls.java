package org.compactdpa.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Keycloak installs that have already been built for start-dev, kept per distribution in the
 * user's cache ({@code COMPACT_CACHE_DIR} or the system property {@code compact.cache.dir}, else
 * {@code $XDG_CACHE_HOME/compact}, else {@code ~/.cache/compact}). Only the program is kept, never a stack's data. The cache is an
 * optimisation: when it cannot be read or written, Keycloak is unpacked and built as before.
 */
final class PreparedInstalls {

    private static final String DATA = "data";
    /** Every file of a kept install with its size, written last: what a later copy checks against. */
    private static final String MANIFEST = ".compact-files";

    private PreparedInstalls() {
    }

    /**
     * Copies the prepared install of this distribution into home; false when there is none, or when
     * it no longer matches the list of files it was kept with (it is then dropped).
     */
    static boolean copyInto(Path distribution, Path home) {
        Path staging = home.resolveSibling(home.getFileName() + ".copying");
        try {
            Path prepared = preparedFor(distribution);
            if (!Files.isDirectory(prepared)) {
                return false;
            }
            if (!intact(prepared)) {
                System.err.println("The prepared Keycloak in " + prepared + " is incomplete; dropping it");
                Files2.deleteTree(prepared);
                return false;
            }
            Files2.deleteTree(staging);
            copyTree(prepared, staging);
            Files.delete(staging.resolve(MANIFEST));
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("Not using the prepared Keycloak (" + e.getMessage() + "); unpacking the distribution");
            try {
                Files2.deleteTree(staging);
            } catch (IOException ignored) {
                // Left for the next start, which deletes it first.
            }
            return false;
        }
    }

    /** Keeps a copy of a started install (its data left out), unless one is kept already. */
    static void keep(Path distribution, Path home) {
        try {
            Path prepared = preparedFor(distribution);
            if (Files.exists(prepared)) {
                return;
            }
            Files.createDirectories(prepared.getParent());
            Path staging = Files.createTempDirectory(prepared.getParent(), prepared.getFileName() + ".");
            try {
                copyTree(home, staging);
                Files.write(staging.resolve(MANIFEST), manifestOf(staging));
                Files.move(staging, prepared, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files2.deleteTree(staging);
                if (!Files.exists(prepared)) {
                    throw e;
                }
                // Another stack kept its copy first.
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep a prepared Keycloak for later stacks: " + e.getMessage());
        }
    }

    /** The cache entry for a distribution, named after the zip's top folder (e.g. keycloak-26.5.6). */
    static Path preparedFor(Path distribution) throws IOException {
        String top;
        try (ZipFile zip = new ZipFile(distribution.toFile())) {
            String first = zip.stream().findFirst().orElseThrow(() -> new IOException(distribution + " is empty")).getName();
            top = first.substring(0, first.indexOf('/') < 0 ? first.length() : first.indexOf('/'));
        }
        if (!top.matches("[A-Za-z0-9._-]+")) {
            throw new IOException("Unexpected top folder '" + top + "' in " + distribution);
        }
        return cacheDir().resolve(top + "-prepared");
    }

    private static Path cacheDir() {
        String configured = System.getProperty("compact.cache.dir", System.getenv("COMPACT_CACHE_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("compact");
    }

    private static boolean intact(Path prepared) throws IOException {
        Path manifest = prepared.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> kept = Files.readAllLines(manifest);
        return !kept.isEmpty() && kept.equals(manifestOf(prepared));
    }

    /** "size path" of every file under dir but the manifest, sorted. */
    private static List<String> manifestOf(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = dir.relativize(file).toString();
                if (!relative.equals(MANIFEST)) {
                    lines.add(Files.size(file) + " " + relative);
                }
            }
        }
        Collections.sort(lines);
        return lines;
    }

    /** Copies a tree, leaving out the top-level data folder, keeping file modes (kc.sh stays executable). */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path relative = from.relativize(source);
                if (relative.toString().isEmpty() || relative.getName(0).toString().equals(DATA)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
