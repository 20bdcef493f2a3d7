package org.compactdpa.notices.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compactdpa.notices.directory.Directory;
import org.compactdpa.notices.rules.Draft;

/**
 * Queues the mail of a new notice, in the event's transaction: one row per person of its audience whom
 * the service knows, as each prefers (at once, in the daily digest, or not at all; a mandatory notice
 * always at once). At most one mail per event and person, whatever the audiences.
 */
@ApplicationScoped
public class Mailing {

    private static final String INSERT = "insert into mail_delivery (id, notice_id, event_id, person_id, recipient, kind,"
            + " status, next_attempt_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, now(), now())"
            + " on conflict (event_id, person_id) do nothing";

    private final Directory directory;

    public Mailing(Directory directory) {
        this.directory = directory;
    }

    public Uni<Void> queue(SqlClient sql, UUID noticeId, String eventId, Draft draft) {
        return directory.recipients(sql, draft.audience()).chain(recipients -> {
            if (recipients.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String[] people = recipients.stream().map(Directory.Recipient::personId).toArray(String[]::new);
            return preferences(sql, people, draft.kind().name()).chain(chosen -> {
                List<Tuple> rows = new ArrayList<>();
                for (Directory.Recipient recipient : recipients) {
                    Delivery delivery = draft.mandatory() ? Delivery.IMMEDIATE
                            : chosen.getOrDefault(recipient.personId(), Delivery.IMMEDIATE);
                    if (delivery == Delivery.OFF) {
                        continue;
                    }
                    rows.add(Tuple.tuple(java.util.Arrays.asList(UUID.randomUUID(), noticeId, eventId, recipient.personId(),
                            recipient.email(), draft.kind().name(),
                            delivery == Delivery.IMMEDIATE ? MailStatus.PENDING.name() : MailStatus.DIGEST.name())));
                }
                return rows.isEmpty() ? Uni.createFrom().voidItem()
                        : sql.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
            });
        });
    }

    private static Uni<Map<String, Delivery>> preferences(SqlClient sql, String[] people, String kind) {
        return sql.preparedQuery("select person_id, delivery from notice_preference where person_id = any($1) and kind = $2")
                .execute(Tuple.tuple().addArrayOfString(people).addString(kind)).map(rows -> {
                    Map<String, Delivery> chosen = new HashMap<>();
                    rows.forEach(row -> chosen.put(row.getString(0), Delivery.valueOf(row.getString(1))));
                    return chosen;
                });
    }
}
