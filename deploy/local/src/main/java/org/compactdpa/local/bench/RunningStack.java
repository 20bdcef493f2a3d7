package org.compactdpa.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack `make run` started, as its state directory describes it: the addresses in {@code ready}
 * (whatever ports it was started with) and the processes in {@code pids}.
 */
final class RunningStack {

    private static final Pattern URL_LINE = Pattern.compile("^\\s+(\\S+)\\s+(http://\\S+)");
    private static final Pattern POSTGRES_LINE = Pattern.compile("^\\s+postgres\\s+(\\S+):(\\d+)");

    private final Path stateDir;
    private final Map<String, String> urls;
    private final String postgresHost;
    private final int postgresPort;

    private RunningStack(Path stateDir, Map<String, String> urls, String postgresHost, int postgresPort) {
        this.stateDir = stateDir;
        this.urls = urls;
        this.postgresHost = postgresHost;
        this.postgresPort = postgresPort;
    }

    static RunningStack read(Path stateDir) {
        Path ready = stateDir.resolve("ready");
        if (!Files.exists(ready)) {
            throw new IllegalStateException("No running stack in " + stateDir + ": start it with `make run`");
        }
        Map<String, String> urls = new LinkedHashMap<>();
        String pgHost = null;
        int pgPort = 0;
        for (String line : lines(ready)) {
            Matcher url = URL_LINE.matcher(line);
            if (url.find()) {
                urls.put(url.group(1), url.group(2));
            }
            Matcher pg = POSTGRES_LINE.matcher(line);
            if (pg.find()) {
                pgHost = pg.group(1);
                pgPort = Integer.parseInt(pg.group(2));
            }
        }
        for (String needed : List.of("districts", "vendors", "templates", "signatures", "keycloak")) {
            if (!urls.containsKey(needed)) {
                throw new IllegalStateException(ready + " names no " + needed + " address");
            }
        }
        return new RunningStack(stateDir, urls, pgHost == null ? "127.0.0.1" : pgHost, pgPort);
    }

    String url(String part) {
        return urls.get(part);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    /**
     * Resident memory of each part the stack lists in its pids file, in MiB, by part name, with the
     * processes it started (Keycloak's pid is its start script's; the JVM is its child).
     */
    Map<String, Long> residentMemory() {
        Map<String, Long> rss = new LinkedHashMap<>();
        Path pids = stateDir.resolve("pids");
        if (!Files.exists(pids)) {
            return rss;
        }
        for (String line : lines(pids)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                long kib = residentKibWithChildren(Long.parseLong(parts[1]));
                if (kib > 0) {
                    rss.put(parts[0], kib / 1024);
                }
            }
        }
        return rss;
    }

    static long residentKibWithChildren(long pid) {
        long kib = residentKib(pid);
        kib += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> residentKib(child.pid())).sum();
        return kib;
    }

    /** VmRSS of a process in KiB, 0 when it is gone. */
    static long residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
