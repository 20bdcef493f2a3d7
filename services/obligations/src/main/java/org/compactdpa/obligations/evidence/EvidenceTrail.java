package org.compactdpa.obligations.evidence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.compactdpa.obligations.access.Party;

/**
 * One hash-chained trail per case (incident, disposition request, audit): each entry's hash covers its
 * fields and the hash of the entry before, so changing, removing or reordering any entry breaks every link
 * after it. Entries are appended in the transaction of the step they record, which holds the case's row
 * locked, so two steps never take the same place; the table is append-only for the service's role.
 */
@ApplicationScoped
public class EvidenceTrail {

    public static final String GENESIS = "0".repeat(64);

    /** One entry as it is shown. */
    public record Entry(int seq, String kind, String actorName, UUID actorOrg, OffsetDateTime occurredAt, String details,
            String previousHash, String hash) {
    }

    /** The trail with the outcome of recomputing it. */
    public record Trail(UUID caseId, boolean intact, String head, Integer firstBrokenSeq, List<Entry> entries) {
    }

    public Uni<Void> append(SqlClient sql, UUID caseId, String kind, Party actor, Instant at, String details) {
        return sql.preparedQuery("select seq, hash from evidence_entry where case_id = $1 order by seq desc limit 1")
                .execute(Tuple.of(caseId)).chain(rows -> {
                    int seq = rows.size() == 0 ? 1 : rows.iterator().next().getInteger("seq") + 1;
                    String previous = rows.size() == 0 ? GENESIS : rows.iterator().next().getString("hash");
                    OffsetDateTime when = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
                    String subject = actor == null ? null : actor.subject();
                    String name = actor == null ? "Compact" : actor.name();
                    UUID org = actor == null ? null : actor.organisationId();
                    String hash = hash(caseId, seq, kind, subject, name, org, when.toInstant(), details, previous);
                    return sql.preparedQuery("insert into evidence_entry (case_id, seq, kind, actor_subject, actor_name,"
                                    + " actor_org, occurred_at, details, previous_hash, hash)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                            .execute(Tuple.tuple(java.util.Arrays.asList(caseId, seq, kind, subject, name, org, when,
                                    details, previous, hash)))
                            .replaceWithVoid();
                });
    }

    public Uni<Trail> read(SqlClient sql, UUID caseId) {
        return sql.preparedQuery("select seq, kind, actor_subject, actor_name, actor_org, occurred_at, details, previous_hash,"
                + " hash from evidence_entry where case_id = $1 order by seq").execute(Tuple.of(caseId)).map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    String previous = GENESIS;
                    Integer broken = null;
                    int expected = 1;
                    for (Row row : rows) {
                        int seq = row.getInteger("seq");
                        String recomputed = hash(caseId, seq, row.getString("kind"), row.getString("actor_subject"),
                                row.getString("actor_name"), row.getUUID("actor_org"),
                                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("details"),
                                row.getString("previous_hash"));
                        if (broken == null && (seq != expected || !previous.equals(row.getString("previous_hash"))
                                || !recomputed.equals(row.getString("hash")))) {
                            broken = seq;
                        }
                        entries.add(new Entry(seq, row.getString("kind"), row.getString("actor_name"), row.getUUID("actor_org"),
                                row.getOffsetDateTime("occurred_at"), row.getString("details"), row.getString("previous_hash"),
                                row.getString("hash")));
                        previous = row.getString("hash");
                        expected++;
                    }
                    return new Trail(caseId, broken == null, previous, broken, entries);
                });
    }

    /** Length-prefixed fields, so no value can be crafted to look like two. */
    static String hash(UUID caseId, int seq, String kind, String subject, String name, UUID org, Instant at, String details,
            String previous) {
        StringBuilder canonical = new StringBuilder("compact-obligation-evidence-v1\n");
        for (Object field : new Object[] {caseId, seq, kind, subject, name, org, at, details, previous}) {
            String text = field == null ? "" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
