package org.compactdpa.accounts.keycloak;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs a blocking call (the Keycloak admin client's interface is blocking) on a worker thread and
 * comes back on the caller's Vert.x context, where its Hibernate Reactive session lives: a
 * transaction may span a call to Keycloak.
 */
final class Blocking {

    private Blocking() {
    }

    static <T> Uni<T> call(Supplier<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work::get, false).toCompletionStage());
    }

    static Uni<Void> run(Runnable work) {
        return call(() -> {
            work.run();
            return null;
        });
    }
}
