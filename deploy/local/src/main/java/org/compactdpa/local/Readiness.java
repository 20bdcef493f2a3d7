package org.compactdpa.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waits for a started part to answer, and gives up early, with its log, when the part has died. */
public final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    public static void awaitHttpOk(ManagedProcess process, String url, Duration timeout) {
        await(process, timeout, () -> {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }, url);
    }

    public static void awaitPort(ManagedProcess process, int port, Duration timeout) {
        await(process, timeout, () -> isListening(port), "port " + port);
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    interface Probe {
        boolean ready() throws InterruptedException;
    }

    private static void await(ManagedProcess process, Duration timeout, Probe probe, String what) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (process != null && !process.isAlive()) {
                    throw new StackFailure(process.name() + " exited with code " + process.exitCode()
                            + " before " + what + " answered. Last lines of " + process.logFile() + ":\n"
                            + process.tail(30));
                }
                if (probe.ready()) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while waiting for " + what);
        }
        String name = process == null ? what : process.name();
        String log = process == null ? "" : " Last lines of " + process.logFile() + ":\n" + process.tail(30);
        throw new StackFailure(name + " did not answer at " + what + " within " + timeout.toSeconds() + " s." + log);
    }
}
