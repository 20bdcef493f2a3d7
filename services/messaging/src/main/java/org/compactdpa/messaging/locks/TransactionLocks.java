package org.compactdpa.messaging.locks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL advisory locks held until the current transaction ends, named by a string. The one way
 * a service serialises work across its instances: a chain that must not fork, a job that one
 * instance runs at a time.
 */
public final class TransactionLocks {

    private static final String HOLD =
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked";
    private static final String TRY = "select pg_try_advisory_xact_lock(hashtextextended(:key, 0))";

    private TransactionLocks() {
    }

    /** Waits for, then holds, the lock named {@code key} until this transaction commits or rolls back. */
    public static Uni<Void> hold(String key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(HOLD, Long.class)
                .setParameter("key", key).getSingleResult()).replaceWithVoid();
    }

    /** Takes the lock named {@code key} if it is free; {@code false} if another transaction holds it. */
    public static Uni<Boolean> tryHold(String key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(TRY, Boolean.class)
                .setParameter("key", key).getSingleResult());
    }

    /** The SQL that takes the lock named by the first parameter if free, for plain SQL clients. */
    public static String tryHoldSql(String parameter) {
        return "select pg_try_advisory_xact_lock(hashtextextended(" + parameter + ", 0)) as locked";
    }
}
