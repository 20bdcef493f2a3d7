package org.compactdpa.messaging.projections;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactdpa.messaging.inbox.Inbox;
import org.compactdpa.messaging.locks.TransactionLocks;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.problem.ProblemException;
import org.hibernate.reactive.mutiny.Mutiny;

/** What a rebuild does to a projection's rows, in the transaction of the current session. */
final class ProjectionTables {

    private ProjectionTables() {
    }

    /**
     * Holds the locks of the projection's consumers alone, waiting at most {@code wait} for the live
     * events under way; sorted, so that two rebuilds sharing a consumer cannot each hold what the other
     * waits for.
     */
    static Uni<Void> lock(Projection projection, Duration wait) {
        List<String> consumers = projection.consumers().stream().sorted().toList();
        return execute("set local lock_timeout = " + wait.toMillis())
                .chain(() -> Pages.inSequence(consumers, consumer -> TransactionLocks.hold(Inbox.lockOf(consumer))))
                .chain(() -> execute("set local lock_timeout = 0"))
                .onFailure(ProjectionTables::lockTimedOut).transform(e -> ProblemException.conflict(
                        "Projection " + projection.name() + " is being rebuilt elsewhere; try again when it is done"));
    }

    /** Empties the tables, and the inbox records of the consumers, so that every event applies again. */
    static Uni<Void> clear(Projection projection) {
        return Pages.inSequence(projection.tables(), table -> execute("delete from " + table))
                .chain(() -> Pages.inSequence(projection.consumers(), consumer -> session().chain(s -> s
                        .createNativeQuery("delete from inbox_event where consumer = ?1")
                        .setParameter(1, consumer).executeUpdate())))
                .replaceWithVoid();
    }

    /** The row count of each table, in the projection's order. */
    static Uni<Map<String, Long>> rows(Projection projection) {
        Map<String, Long> counts = new LinkedHashMap<>();
        return Pages.inSequence(projection.tables(), table -> session()
                        .chain(s -> s.createNativeQuery("select count(*) from " + table, Long.class).getSingleResult())
                        .invoke(count -> counts.put(table, count)))
                .map(done -> counts);
    }

    /** Flushes what was applied, so that a failure shows now and belongs to the event just applied. */
    static Uni<Void> flush() {
        return session().chain(Mutiny.Session::flush);
    }

    /** Forgets the entities applied so far (they are flushed): the session stays small however long the replay. */
    static Uni<Void> forget() {
        return session().invoke(Mutiny.Session::clear).replaceWithVoid();
    }

    private static Uni<Void> execute(String sql) {
        return session().chain(s -> s.createNativeQuery(sql).executeUpdate()).replaceWithVoid();
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }

    private static boolean lockTimedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && "55P03".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
