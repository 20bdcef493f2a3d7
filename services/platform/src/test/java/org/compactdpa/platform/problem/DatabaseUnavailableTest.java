package org.compactdpa.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The failures a request meets while PostgreSQL restarts, in the shapes Hibernate Reactive hands them over. */
@Tag("fast")
class DatabaseUnavailableTest {

    /** The request the failure happened on, as far as the mappers look at it. */
    private static final UriInfo ADOPTION = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getRequestUri" -> URI.create("http://127.0.0.1:8084/api/offers/42/adoptions");
                case "getPath" -> "/api/offers/42/adoptions";
                default -> null;
            });

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionAnswers503WithRetryAfter() {
        Response response = mappers.unexpected(new ConnectException("Connection refused: /127.0.0.1:15432"), ADOPTION);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.type("unavailable"));
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("database").doesNotContain("15432");
        assertThat(problem.instance()).hasToString("/api/offers/42/adoptions");
    }

    @Test
    void aConnectionResetOrClosedUnderARequestAnswers503() {
        assertThat(mappers.unexpected(new SocketException("Connection reset"), ADOPTION).getStatus()).isEqualTo(503);
        assertThat(mappers.unexpected(new RuntimeException("write failed", new ClosedChannelException()), ADOPTION)
                .getStatus()).isEqualTo(503);
    }

    @Test
    void aConnectionLostMidQueryIsFoundInsideHibernatesWrapper() {
        RuntimeException wrapped = new RuntimeException("org.hibernate.HibernateException: lost",
                new ClosedConnectionException());

        assertThat(mappers.unexpected(wrapped, ADOPTION).getStatus()).isEqualTo(503);
    }

    @Test
    void aConnectionLostInATransactionWhoseRollbackFailedTooAnswers503() {
        CompositeException both = new CompositeException(new ClosedConnectionException(),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection"));
        CompositeException rollbackFirst = new CompositeException(
                new IllegalStateException("HR000090: Live transaction detected while closing the connection"),
                new RuntimeException("org.hibernate.HibernateException", new ClosedConnectionException()));

        assertThat(mappers.unexpected(both, ADOPTION).getStatus()).isEqualTo(503);
        assertThat(mappers.unexpected(rollbackFirst, ADOPTION).getStatus()).isEqualTo(503);
    }

    @Test
    void postgresShuttingDownStartingUpOrEndingTheSessionAnswers503() {
        for (String message : new String[] {"FATAL: the database system is shutting down (57P03)",
                "FATAL: the database system is starting up (57P03)",
                "FATAL: terminating connection due to administrator command (57P01)",
                "connection failure during transaction (08006)"}) {
            RuntimeException wrapped = new RuntimeException("org.hibernate.HibernateException",
                    new RuntimeException(message));
            assertThat(mappers.unexpected(wrapped, ADOPTION).getStatus()).as(message).isEqualTo(503);
        }
    }

    @Test
    void otherFailuresKeepTheirAnswers() {
        assertThat(mappers.unexpected(new IllegalStateException("a bug"), ADOPTION).getStatus()).isEqualTo(500);
        assertThat(mappers.unexpected(new RuntimeException("ERROR: relation \"nothing\" does not exist (42P01)"), ADOPTION)
                .getStatus()).isEqualTo(500);
        assertThat(mappers.unexpected(new RuntimeException("ERROR: duplicate key value violates unique constraint"
                + " \"district_pkey\" (23505)"), ADOPTION).getStatus()).isEqualTo(409);
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.find(first)).isNull();
    }
}
