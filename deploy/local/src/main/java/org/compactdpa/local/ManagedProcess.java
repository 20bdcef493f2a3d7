package org.compactdpa.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child process of the stack: its output goes to a log file, it is stopped together with
 * everything it spawned, and an exit nobody asked for is reported to a listener.
 */
public final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final Path logFile;
    private volatile Process process;
    private volatile boolean stopRequested;

    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workingDir,
            Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized void start(Consumer<ManagedProcess> onUnexpectedExit) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            // The exit of a killed or stopped predecessor may still be on its way to its callback: with no
            // process current until the new one is, that exit cannot pass for the new start's.
            process = null;
            stopRequested = false;
            Process started = builder.start();
            process = started;
            started.onExit().thenAccept(exited -> {
                // A process already replaced by a new start was stopped or killed on purpose.
                if (process == started && !stopRequested && onUnexpectedExit != null) {
                    onUnexpectedExit.accept(this);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    public int exitCode() {
        Process current = process;
        return current == null || current.isAlive() ? -1 : current.exitValue();
    }

    /** Asks the process and its descendants to stop, then kills whatever is left after the grace period. */
    public void stop(Duration grace) {
        stopRequested = true;
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>(current.descendants().toList());
        current.destroy();
        family.forEach(ProcessHandle::destroy);
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : family) {
                CompletableFuture<ProcessHandle> exit = child.onExit();
                if (child.isAlive()) {
                    try {
                        exit.get(grace.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (Exception timeout) {
                        child.destroyForcibly();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
            family.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * Kills the process and its descendants at once with SIGKILL, as a crash or the kernel's OOM killer
     * would: no shutdown hooks run, connections to the database and the broker are cut, whatever was
     * in flight is lost. For fault tests; the exit is not reported as unexpected, and {@link #start}
     * runs the same command again.
     */
    public void kill() {
        stopRequested = true;
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.descendants().forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly();
        try {
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + current.pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, for error messages that should say why something failed. */
    public String tail(int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no output)";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
