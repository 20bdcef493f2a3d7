package org.compactdpa.signatures.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** PostgreSQL advisory locks held until the current transaction ends. */
final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for, then holds, the lock named {@code key} until this transaction commits or rolls back. */
    static Uni<Void> hold(String key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked", Long.class)
                .setParameter("key", key).getSingleResult()).replaceWithVoid();
    }
}
