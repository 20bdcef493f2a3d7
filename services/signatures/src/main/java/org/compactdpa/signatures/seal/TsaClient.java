package org.compactdpa.signatures.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks an RFC 3161 time-stamping authority for a token over a signature value (RFC 3161 3.4: a DER
 * TimeStampReq POSTed as application/timestamp-query). Every call is bounded as a whole, connection
 * and answer together, so a TSA that hangs cannot hold a seal worker: the call fails with
 * {@link Unavailable} and the seal is tried again later.
 */
public final class TsaClient {

    /** No authority configured: seals carry no trusted timestamp. */
    public static final TsaClient NONE = new TsaClient(null, Duration.ZERO);

    /** A token with its certificates is a few KiB; an answer this large is not one. */
    private static final int MAX_REPLY_BYTES = 256 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The authority could not give a token now; the seal waits for the next attempt. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();

    private TsaClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static TsaClient of(Optional<URI> url, Duration timeout) {
        return url.map(u -> new TsaClient(u, timeout)).orElse(NONE);
    }

    public boolean configured() {
        return url != null;
    }

    public URI url() {
        return url;
    }

    /** How many tokens this client has asked the authority for. */
    public long calls() {
        return calls.get();
    }

    /** A token whose imprint is the SHA-256 of {@code signatureValue}, checked against the request. */
    public TimeStampToken stamp(byte[] signatureValue) {
        calls.incrementAndGet();
        TimeStampRequest request = request(signatureValue);
        byte[] reply = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(reply);
            // Checks the status is granted and the token answers this request: imprint, nonce, certificate.
            response.validate(request);
            return response.getTimeStampToken();
        } catch (TSPException | IOException | RuntimeException e) {
            throw new Unavailable("The time-stamping authority at " + url + " gave no usable token: " + e.getMessage(), e);
        }
    }

    private static TimeStampRequest request(byte[] signatureValue) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        // 62 random bits with the top one set: always eight bytes, so every token has the same size.
        BigInteger nonce = new BigInteger(62, RANDOM).setBit(61);
        try {
            return generator.generate(TSPAlgorithms.SHA256, MessageDigest.getInstance("SHA-256").digest(signatureValue),
                    nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] post(TimeStampRequest request) {
        HttpRequest post;
        try {
            post = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(post, info -> new LimitedBody(MAX_REPLY_BYTES));
        try {
            HttpResponse<byte[]> response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new Unavailable("The time-stamping authority at " + url + " answered HTTP " + response.statusCode(),
                        null);
            }
            return response.body();
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Unavailable("The time-stamping authority at " + url + " did not answer within " + timeout, e);
        } catch (ExecutionException e) {
            // The request's own timeout and the wait above are the same length; either may fire first.
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new Unavailable("The time-stamping authority at " + url + " did not answer within " + timeout,
                        e.getCause());
            }
            throw new Unavailable("The time-stamping authority at " + url + " could not be reached: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new Unavailable("Interrupted while waiting for the time-stamping authority", e);
        }
    }
}
