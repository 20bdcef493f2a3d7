package org.compactdpa.messaging.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;

/** Paging and sequencing helpers for Hibernate Reactive, where one session runs one query at a time. */
public final class Pages {

    private Pages() {
    }

    /** The requested page of the query, with the total count. */
    public static <T> Uni<Page<T>> of(PanacheQuery<T> query, PageRequest request) {
        PanacheQuery<T> paged = query.page(request.page, request.size);
        return paged.list().flatMap(items -> paged.count().map(total -> new Page<>(items, request.page, request.size,
                total)));
    }

    /** Maps each item through a database call, one after another (a session cannot run them in parallel). */
    public static <T, R> Uni<List<R>> inSequence(List<T> items, Function<T, Uni<R>> call) {
        Uni<List<R>> chain = Uni.createFrom().item(new ArrayList<>());
        for (T item : items) {
            chain = chain.flatMap(done -> call.apply(item).map(result -> {
                done.add(result);
                return done;
            }));
        }
        return chain;
    }
}
