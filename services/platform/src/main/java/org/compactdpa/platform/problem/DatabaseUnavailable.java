package org.compactdpa.platform.problem;

import io.quarkus.logging.Log;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a request that failed because the database could not be reached or went away under it:
 * the connection was refused, reset or closed mid-request, or PostgreSQL said it is shutting down,
 * starting up or ending the session. Such a request may well succeed a moment later and nothing of it was
 * committed, so it answers 503 with Retry-After rather than 500. The failure is looked for anywhere in
 * the cause chain and among suppressed exceptions (Hibernate Reactive wraps it; a failed rollback adds a
 * second one), and by class name and SQLSTATE, because this module does not depend on the database client.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: about as long as a database restart takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Thrown by the reactive SQL client and by Hibernate when a connection is lost or cannot be had. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "org.hibernate.exception.JDBCConnectionException");

    /** SQLSTATE class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now. */
    private static final Pattern GOING_AWAY = Pattern.compile("\\((08[0-9A-Z]{3}|57P0[123])\\)");

    private DatabaseUnavailable() {
    }

    /** The exception that shows the database unavailable, or null when the failure is something else. */
    static Throwable find(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (error != null) {
            next.add(error);
        }
        while (!next.isEmpty() && seen.size() < 50) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SocketException || t instanceof ClosedChannelException || isNamed(t.getClass())
                    || GOING_AWAY.matcher(String.valueOf(t.getMessage())).find()) {
                return t;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    private static boolean isNamed(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (CONNECTION_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** 503 problem+json with Retry-After; logged as one line, since an outage fails every request alike. */
    static Response respond(Throwable cause, UriInfo uri) {
        Log.warnf("Database unavailable, answered 503 on %s: %s", uri == null ? "?" : uri.getPath(),
                cause.getClass().getName() + ": " + cause.getMessage());
        return Response.fromResponse(ProblemMappers.respond(503, "unavailable", "Service unavailable",
                        "The service cannot reach its database right now; try again in a few seconds", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
