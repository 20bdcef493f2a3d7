package org.compactdpa.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An RFC 3161 time-stamping authority over HTTP (RFC 3161 3.4), on 127.0.0.1 only, so sealed PDFs
 * can carry a trusted timestamp (PAdES B-T) on a machine without network. The local stack runs one
 * inside its launcher's JVM and hands its URL to the signatures service as COMPACT_SEAL_TSA_URL;
 * tests start their own with {@link #start(Path, int)}.
 *
 * <ul>
 *   <li>{@code POST} (any path) with {@code Content-Type: application/timestamp-query} and a DER
 *       TimeStampReq of at most 64 KiB: 200 with {@code application/timestamp-reply}, granted or
 *       refused as RFC 3161 says (see {@link TimeStampResponder}). A body that is no TimeStampReq at all
 *       gets 400, still with a refusal TimeStampResp (badDataFormat) as body for clients that only read
 *       that; a larger body 413; another content type 415.</li>
 *   <li>{@code GET /} or {@code GET /root.pem}: the root CA certificate in PEM, the one to trust.</li>
 * </ul>
 * The key and certificates live in the directory given to {@link #start}; see {@link TsaKeys}.
 */
public final class TimeStampAuthority implements AutoCloseable {

    /** Requests are a hash and a few small fields, a few hundred bytes; anything this big is not one. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;
    static final String QUERY_TYPE = "application/timestamp-query";
    static final String REPLY_TYPE = "application/timestamp-reply";

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService workers;
    private final TsaKeys keys;
    private final Path directory;

    private TimeStampAuthority(HttpServer server, ExecutorService workers, TsaKeys keys, Path directory) {
        this.server = server;
        this.workers = workers;
        this.keys = keys;
        this.directory = directory;
    }

    /**
     * Starts a TSA on 127.0.0.1.
     *
     * @param directory where its key and certificates are kept (created, and generated into on the first start)
     * @param port      the port to listen on, or 0 for any free one (see {@link #port()})
     * @throws IllegalStateException when the port is taken
     */
    public static TimeStampAuthority start(Path directory, int port) {
        TsaKeys keys = TsaKeys.loadOrCreate(directory);
        TimeStampResponder responder = new TimeStampResponder(keys);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalStateException("The time-stamping authority cannot listen on 127.0.0.1:" + port
                    + " (" + e.getMessage() + "); choose another port with COMPACT_TSA_PORT", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the time-stamping authority on port " + port, e);
        }
        // Daemon threads: a TSA that someone forgot to close must not keep a test JVM (or the launcher) alive.
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "compact-tsa-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService workers = Executors.newFixedThreadPool(4, daemons);
        byte[] rootPem = TsaKeys.pem(keys.rootCertificate()).getBytes(StandardCharsets.US_ASCII);
        server.createContext("/", exchange -> handle(exchange, responder, rootPem));
        server.setExecutor(workers);
        startFromDaemonThread(server);
        return new TimeStampAuthority(server, workers, keys, directory);
    }

    /** The same as {@code start(directory, 0)}: any free port, the usual choice for a test. */
    public static TimeStampAuthority start(Path directory) {
        return start(directory, 0);
    }

    /** Where to POST TimeStampReqs, e.g. {@code http://127.0.0.1:18088/}: the value for COMPACT_SEAL_TSA_URL. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The self-signed root the TSA certificate is issued by: what a verifier has to trust. */
    public X509Certificate rootCertificate() {
        return keys.rootCertificate();
    }

    /** The certificate that signs the tokens (critical EKU id-kp-timeStamping). */
    public X509Certificate certificate() {
        return keys.certificate();
    }

    /** The root certificate as a PEM file in the TSA's directory. */
    public Path rootCertificateFile() {
        return directory.resolve(TsaKeys.ROOT_PEM_FILE);
    }

    /**
     * Stops listening at once. Not waiting for requests in flight is deliberate: the stack closes the
     * TSA after the services that call it, and JDK 17's HttpServer would wait out any grace period in full.
     */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The server's dispatcher thread takes the daemon flag of the thread that starts it; starting it from
     * a daemon thread means an unclosed TSA never keeps a JVM from exiting.
     */
    private static void startFromDaemonThread(HttpServer server) {
        Thread starter = new Thread(server::start, "compact-tsa-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            throw new IllegalStateException("Interrupted while starting the time-stamping authority", e);
        }
    }

    /** Every outcome is an HTTP answer: no exception leaves here, so one bad client cannot stop the server. */
    private static void handle(HttpExchange exchange, TimeStampResponder responder, byte[] rootPem) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if ("GET".equals(method)) {
                String path = exchange.getRequestURI().getPath();
                if ("/".equals(path) || "/root.pem".equals(path)) {
                    send(exchange, 200, "application/x-pem-file", rootPem);
                } else {
                    sendText(exchange, 404, "Not found. GET / or /root.pem for the root certificate; POST "
                            + QUERY_TYPE + " for a timestamp.\n");
                }
                return;
            }
            if (!"POST".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                sendText(exchange, 405, "Only GET (root certificate) and POST (" + QUERY_TYPE + ").\n");
                return;
            }
            if (!isQueryType(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                sendText(exchange, 415, "Send a DER TimeStampReq as Content-Type: " + QUERY_TYPE + "\n");
                return;
            }
            byte[] query = readAtMost(exchange.getRequestBody(), MAX_REQUEST_BYTES);
            if (query == null) {
                sendText(exchange, 413, "A TimeStampReq is at most " + MAX_REQUEST_BYTES + " bytes here.\n");
                return;
            }
            TimeStampResponder.Reply reply = responder.respond(query);
            send(exchange, reply.wellFormed() ? 200 : 400, REPLY_TYPE, reply.body());
        } catch (IOException e) {
            // The client went away mid-exchange: nothing to answer, and nothing wrong with the server.
        } catch (RuntimeException e) {
            System.err.println("TSA: unexpected failure answering " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + ": " + e);
            try {
                sendText(exchange, 500, "Internal error.\n");
            } catch (IOException | RuntimeException ignored) {
                // the headers may be gone already; closing the exchange is all that is left
            }
        }
    }

    /** Accepts parameters and any letter case, e.g. {@code Application/Timestamp-Query; charset=binary}. */
    private static boolean isQueryType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return QUERY_TYPE.equals(bare.trim().toLowerCase(Locale.ROOT));
    }

    /** The whole body, or null as soon as it turns out longer than limit (without reading the rest). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * {@code TimeStampAuthority DIR [PORT]}: a TSA on its own, until it is killed, for trying clients
     * such as {@code openssl ts} against it (PORT defaults to COMPACT_TSA_PORT, else 18088).
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TimeStampAuthority DIR [PORT]");
            System.exit(2);
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : StackPorts.fromEnvironment().tsa();
        TimeStampAuthority tsa = start(Path.of(args[0]), port);
        Runtime.getRuntime().addShutdownHook(new Thread(tsa::close, "compact-tsa-stop"));
        System.out.println("Time-stamping authority at " + tsa.url() + ", root certificate " + tsa.rootCertificateFile());
        Thread.currentThread().join();
    }
}
