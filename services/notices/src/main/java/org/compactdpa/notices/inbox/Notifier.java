package org.compactdpa.notices.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.notices.mail.Mailing;
import org.compactdpa.notices.rules.Draft;

/**
 * Writes the notices an event produced, in the event's transaction, and queues their mail. One notice per
 * event and audience: a second delivery of the event (which the inbox already stops) would write nothing.
 */
@ApplicationScoped
public class Notifier {

    private static final String INSERT = "insert into notice (id, event_id, event_type, kind, organisation_type,"
            + " organisation_id, roles, person_id, audience_key, title, body, link, mandatory, created_at)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())"
            + " on conflict (event_id, audience_key) do nothing returning id";

    private final Mailing mailing;

    public Notifier(Mailing mailing) {
        this.mailing = mailing;
    }

    /** The ids of the notices written (none when the event had written them already). */
    public Uni<List<UUID>> publish(SqlClient sql, String eventId, String eventType, List<Draft> drafts) {
        List<UUID> written = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Draft draft : drafts) {
            chain = chain.chain(() -> insert(sql, eventId, eventType, draft).chain(id -> {
                if (id == null) {
                    return Uni.createFrom().voidItem();
                }
                written.add(id);
                return mailing.queue(sql, id, eventId, draft);
            }));
        }
        return chain.replaceWith(written);
    }

    private static Uni<UUID> insert(SqlClient sql, String eventId, String eventType, Draft draft) {
        var audience = draft.audience();
        return sql.preparedQuery(INSERT).execute(Tuple.tuple().addUUID(UUID.randomUUID()).addString(eventId)
                        .addString(eventType).addString(draft.kind().name())
                        .addString(audience.organisationType() == null ? null : audience.organisationType().name())
                        .addUUID(audience.organisationId()).addArrayOfString(audience.roleList().toArray(String[]::new))
                        .addString(audience.personId()).addString(audience.key()).addString(clip(draft.title(), 300))
                        .addString(clip(draft.body(), 4000)).addString(draft.link()).addBoolean(draft.mandatory()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID(0));
    }

    /** Event texts are bounded where they are made; a notice is bounded again so no event can make it huge. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
