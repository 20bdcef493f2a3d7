package org.compactdpa.notices.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.notices.directory.Directory;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/** A reader's inbox: their notices newest first, what they have read, and marking. */
@ApplicationScoped
public class InboxQueries {

    private static final String READ = "coalesce(r.read, n.created_at <= ra.read_before, false)";
    private static final String FROM = " from notice n"
            + " left join notice_read r on r.notice_id = n.id and r.person_id = $1"
            + " left join notice_read_all ra on ra.person_id = $1"
            + " where " + Reader.VISIBLE;
    private static final String COLUMNS = "select n.id, n.kind, n.title, n.body, n.link, n.created_at, n.mandatory, "
            + READ + " as read";
    /** Totals are counted up to this many; a page beyond shows no more. */
    private static final int COUNT_CAP = 10_000;

    private final Pool pool;
    private final Directory directory;

    public InboxQueries(Pool pool, Directory directory) {
        this.pool = pool;
        this.directory = directory;
    }

    public Uni<Page<NoticeView>> list(Reader reader, boolean unreadOnly, String kind, PageRequest page) {
        String filter = (unreadOnly ? " and not " + READ : "") + " and ($5::text is null or n.kind = $5)";
        String items = COLUMNS + FROM + filter + " order by n.created_at desc, n.id desc limit $6 offset $7";
        String count = "select count(*) from (select 1" + FROM + filter + " limit " + COUNT_CAP + ") as counted";
        return seen(reader)
                .chain(() -> pool.preparedQuery(items).execute(parameters(reader).addString(kind).addInteger(page.size)
                        .addLong((long) page.page * page.size)))
                .chain(rows -> pool.preparedQuery(count).execute(parameters(reader).addString(kind))
                        .map(total -> new Page<>(views(rows), page.page, page.size, total.iterator().next().getLong(0))));
    }

    public Uni<UnreadCount> unread(Reader reader) {
        return seen(reader).chain(() -> pool.preparedQuery("select count(*) from (select 1" + FROM + " and not " + READ
                        + " limit " + Reader.UNREAD_CAP + ") as unread").execute(parameters(reader)))
                .map(rows -> new UnreadCount(rows.iterator().next().getLong(0).intValue()));
    }

    public Uni<NoticeView> one(Reader reader, UUID id) {
        return pool.preparedQuery(COLUMNS + FROM + " and n.id = $5").execute(parameters(reader).addUUID(id))
                .map(rows -> {
                    List<NoticeView> views = views(rows);
                    if (views.isEmpty()) {
                        throw ProblemException.notFound("Notice", id);
                    }
                    return views.get(0);
                });
    }

    /** Marks one notice read or unread; 404 when it is not the reader's. */
    public Uni<Void> mark(Reader reader, UUID id, boolean read) {
        return one(reader, id).chain(found -> pool.preparedQuery("insert into notice_read (person_id, notice_id, read)"
                        + " values ($1, $2, $3) on conflict (person_id, notice_id) do update set read = excluded.read")
                .execute(Tuple.of(reader.personId(), id, read))).replaceWithVoid();
    }

    /** Everything up to now is read; marks made one by one before are superseded. */
    public Uni<Void> markAllRead(Reader reader) {
        return pool.withTransaction(sql -> sql.preparedQuery("insert into notice_read_all (person_id, read_before)"
                        + " values ($1, now()) on conflict (person_id) do update set read_before = excluded.read_before")
                .execute(Tuple.of(reader.personId()))
                .chain(() -> sql.preparedQuery("delete from notice_read where person_id = $1").execute(Tuple.of(reader.personId()))))
                .replaceWithVoid();
    }

    /** Whoever opens their inbox is known from then on, so mail can reach them. */
    private Uni<Void> seen(Reader reader) {
        if (reader.personId() == null) {
            return Uni.createFrom().voidItem();
        }
        return directory.seen(pool, reader.personId(), reader.organisationType(), reader.organisationId(), reader.email(),
                reader.roles());
    }

    private static Tuple parameters(Reader reader) {
        return Tuple.tuple().addString(reader.personId())
                .addString(reader.organisationType() == null ? null : reader.organisationType().name())
                .addUUID(reader.organisationId()).addArrayOfString(reader.roleList().toArray(String[]::new));
    }

    private static List<NoticeView> views(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<NoticeView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new NoticeView(row.getUUID("id"), row.getString("kind"), row.getString("title"),
                row.getString("body"), row.getString("link"), row.getOffsetDateTime("created_at"), row.getBoolean("read"),
                row.getBoolean("mandatory"))));
        return views;
    }
}
