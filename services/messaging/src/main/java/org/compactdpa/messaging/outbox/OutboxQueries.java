package org.compactdpa.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;

/** The outbox's operator-facing reads and the requeue, in plain SQL like the relay's own. */
@ApplicationScoped
public class OutboxQueries {

    /** Only unpublished rows are counted per state (a partial index holds them); published is one more count. */
    private static final String STATUS = "select"
            + " count(*) filter (where e.parked_at is null) as pending,"
            + " count(*) filter (where e.parked_at is not null) as parked,"
            + " count(*) filter (where e.parked_at is null and exists (select 1 from outbox_event p"
            + "   where p.aggregate_id = e.aggregate_id and p.topic = e.topic and p.position < e.position"
            + "   and p.published_at is null and p.parked_at is not null)) as blocked,"
            + " min(e.occurred_at) filter (where e.parked_at is null) as oldest,"
            + " floor(extract(epoch from now() - min(e.occurred_at) filter (where e.parked_at is null)))::bigint as age,"
            + " (select count(*) from outbox_event where published_at is not null) as published,"
            + " (select last_error from outbox_event where published_at is null and last_error is not null"
            + "  order by position desc limit 1) as last_error"
            + " from outbox_event e where e.published_at is null";
    private static final String PARKED = "select id, event_type, topic, aggregate_id, attempts, last_error,"
            + " occurred_at, parked_at from outbox_event where published_at is null and parked_at is not null"
            + " order by position limit $1 offset $2";
    private static final String PARKED_COUNT = "select count(*) as total from outbox_event"
            + " where published_at is null and parked_at is not null";
    /** Attempts start again from zero: the row has its full budget after whatever the operator fixed. */
    private static final String REQUEUE = "update outbox_event set parked_at = null, next_attempt_at = null,"
            + " attempts = 0 where id = $1 and published_at is null and parked_at is not null returning id";
    private static final String EXISTS = "select 1 from outbox_event where id = $1";

    private final Pool pool;

    public OutboxQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<OutboxStatus> status() {
        return pool.query(STATUS).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new OutboxStatus(row.getLong("pending"), row.getLong("parked"), row.getLong("blocked"),
                    row.getLong("published"), row.getOffsetDateTime("oldest"), row.getLong("age"),
                    row.getString("last_error"), null);
        });
    }

    public Uni<Page<ParkedEvent>> parked(PageRequest request) {
        return pool.preparedQuery(PARKED).execute(Tuple.of(request.size, (long) request.page * request.size))
                .flatMap(rows -> {
                    List<ParkedEvent> items = new ArrayList<>();
                    rows.forEach(row -> items.add(new ParkedEvent(row.getUUID("id"), row.getString("event_type"),
                            row.getString("topic"), row.getString("aggregate_id"), row.getInteger("attempts"),
                            row.getString("last_error"), row.getOffsetDateTime("occurred_at"),
                            row.getOffsetDateTime("parked_at"))));
                    return pool.query(PARKED_COUNT).execute().map(count -> new Page<>(items, request.page,
                            request.size, count.iterator().next().getLong("total")));
                });
    }

    /** What a requeue found: the row was parked (and is no longer), is not parked, or does not exist. */
    public enum Requeue { REQUEUED, NOT_PARKED, UNKNOWN }

    public Uni<Requeue> requeue(UUID id) {
        return pool.preparedQuery(REQUEUE).execute(Tuple.of(id)).flatMap(updated -> updated.rowCount() > 0
                ? Uni.createFrom().item(Requeue.REQUEUED)
                : pool.preparedQuery(EXISTS).execute(Tuple.of(id))
                        .map(found -> found.rowCount() > 0 ? Requeue.NOT_PARKED : Requeue.UNKNOWN));
    }
}
