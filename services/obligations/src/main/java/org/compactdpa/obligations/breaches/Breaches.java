package org.compactdpa.obligations.breaches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.events.BreachAcknowledged;
import org.compactdpa.contracts.events.BreachNoticeDelivered;
import org.compactdpa.contracts.events.BreachNoticeOverdue;
import org.compactdpa.contracts.events.BreachReported;
import org.compactdpa.contracts.events.BreachUpdated;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.OrganisationType;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.obligations.directory.Directory;
import org.compactdpa.obligations.evidence.EvidenceTrail;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Breach reports. Filing an incident writes one notice per agreement in force that covers an affected
 * product (of the chosen districts, or all of them), each due at discovery + that agreement's breach notice
 * hours (an adoption's are its original's). The vendor delivers each with the content the terms require;
 * the district acknowledges it; both may write in the notice's thread; the vendor posts updates. A notice
 * not delivered by its deadline is flagged overdue by the clock, once. Only the vendor, the affected
 * districts (each its own notices) and their coordinators see any of it.
 */
@ApplicationScoped
public class Breaches {

    /** Used when an agreement's terms never arrived: the window of the cooperative's standard terms. */
    static final int DEFAULT_WINDOW_HOURS = 72;
    /** A discovery time this far ahead of the server's clock is a mistake, not a clock skew. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private static final String NOTICE_COLUMNS = "select n.id, n.incident_id, n.agreement_id, n.district_id, n.consortium_id,"
            + " n.breach_notice_hours, n.deadline, n.status, n.overdue_at, n.delivered_at, n.late, n.content,"
            + " n.acknowledged_at, i.vendor_id from breach_notice n join incident i on i.id = n.incident_id";
    /** The notices a party may see: $1 organisation kind, $2 organisation id, $3 coordinator, $4 platform admin. */
    private static final String VISIBLE = " ($4 or (i.vendor_id = $2 and $1 = 'VENDOR') or (n.district_id = $2 and $1 = 'DISTRICT')"
            + " or (n.consortium_id = $2 and $1 = 'CONSORTIUM' and $3))";

    private final Pool pool;
    private final Directory directory;
    private final EvidenceTrail evidence;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public Breaches(Pool pool, Directory directory, EvidenceTrail evidence, Outbox outbox, ObjectMapper json, Clock clock) {
        this.pool = pool;
        this.directory = directory;
        this.evidence = evidence;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public Uni<IncidentView> file(Party party, IncidentInput input) {
        UUID vendor = party.vendor();
        Instant now = clock.instant();
        if (input.discoveredAt().isAfter(now.plus(CLOCK_SLACK))) {
            throw ProblemException.unprocessable("discoveredAt", "must not be in the future");
        }
        List<UUID> products = List.copyOf(new LinkedHashSet<>(input.productIds()));
        List<UUID> districts = input.districtIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.districtIds()));
        UUID incident = UUID.randomUUID();
        return pool.withTransaction(sql -> directory.inForceCovering(sql, vendor, products, districts).chain(agreements -> {
            if (agreements.isEmpty()) {
                throw ProblemException.unprocessable(districts.isEmpty() ? "productIds" : "districtIds",
                        "No agreement of yours in force covers these products" + (districts.isEmpty() ? "" : " for these districts")
                                + "; a breach is reported to the districts holding one");
            }
            List<String> elements = input.dataElements() == null ? List.of()
                    : input.dataElements().stream().map(DataElement::name).distinct().toList();
            Uni<Void> chain = sql.preparedQuery("insert into incident (id, vendor_id, discovered_at, summary, product_ids,"
                            + " data_elements, students_affected, contact_name, contact_email, contact_phone, actions_taken, stage,"
                            + " reported_by, reported_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'OPEN', $12, $13)")
                    .execute(Tuple.tuple().addUUID(incident).addUUID(vendor).addOffsetDateTime(utc(input.discoveredAt()))
                            .addString(input.summary()).addArrayOfUUID(products.toArray(UUID[]::new))
                            .addArrayOfString(elements.toArray(String[]::new)).addString(input.studentsAffected())
                            .addString(input.contactName()).addString(input.contactEmail()).addString(input.contactPhone())
                            .addString(input.actionsTaken()).addString(party.name()).addOffsetDateTime(utc(now)))
                    .replaceWithVoid();
            List<BreachReported.OwedNotice> owed = new ArrayList<>();
            List<Tuple> rows = new ArrayList<>();
            for (Directory.KnownAgreement agreement : agreements) {
                int hours = agreement.breachNoticeHours() == null ? DEFAULT_WINDOW_HOURS : agreement.breachNoticeHours();
                Instant deadline = input.discoveredAt().plus(Duration.ofHours(hours));
                UUID notice = UUID.randomUUID();
                owed.add(new BreachReported.OwedNotice(notice, agreement.id(), agreement.districtId(), agreement.consortiumId(),
                        deadline));
                rows.add(Tuple.tuple(Arrays.asList(notice, incident, agreement.id(), agreement.districtId(),
                        agreement.consortiumId(), hours, utc(deadline))));
            }
            return chain.chain(() -> sql.preparedQuery("insert into breach_notice (id, incident_id, agreement_id, district_id,"
                            + " consortium_id, breach_notice_hours, deadline, status) values ($1, $2, $3, $4, $5, $6, $7, 'DUE')")
                            .executeBatch(rows))
                    .chain(() -> evidence.append(sql, incident, "REPORTED", party, now, "Reported with " + owed.size()
                            + " notices owed: " + summary(input)))
                    .chain(() -> outbox.publish(sql, incident, new BreachReported(incident, vendor, input.summary(),
                            input.discoveredAt(), products, owed, now)))
                    .chain(() -> incident(sql, party, incident));
        }));
    }

    public Uni<IncidentView> one(Party party, UUID id) {
        return pool.withConnection(sql -> incident(sql, party, id));
    }

    public Uni<Page<IncidentView>> list(Party party, PageRequest page) {
        String where = " from incident i where exists (select 1 from breach_notice n where n.incident_id = i.id and" + VISIBLE + ")"
                + " or ($1 = 'VENDOR' and i.vendor_id = $2)";
        return pool.withConnection(sql -> sql.preparedQuery("select i.id" + where + " order by i.reported_at desc, i.id limit $5 offset $6")
                .execute(party.visibility().addInteger(page.size).addLong((long) page.page * page.size))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(id -> incident(sql, party, id))
                            .collect().asList();
                })
                .chain(items -> sql.preparedQuery("select count(*)" + where).execute(party.visibility())
                        .map(count -> new Page<>(items, page.page, page.size, count.iterator().next().getLong(0)))));
    }

    public Uni<Page<BreachNoticeView>> notices(Party party, String status, Boolean overdue, PageRequest page) {
        String where = " where" + VISIBLE + " and ($5::text is null or n.status = $5)"
                + " and ($6::boolean is null or (n.overdue_at is not null) = $6)";
        return pool.preparedQuery(NOTICE_COLUMNS + where + " order by n.deadline, n.id limit $7 offset $8")
                .execute(party.visibility().addString(status).addBoolean(overdue).addInteger(page.size)
                        .addLong((long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*) from breach_notice n join incident i on i.id = n.incident_id"
                                + where).execute(party.visibility().addString(status).addBoolean(overdue))
                        .map(count -> new Page<>(noticeViews(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    public Uni<BreachNoticeView> notice(Party party, UUID id) {
        return pool.withConnection(sql -> lockedNotice(sql, party, id, false));
    }

    public Uni<BreachNoticeView> deliver(Party party, UUID id, DeliveryInput input) {
        UUID vendor = party.vendor();
        Instant now = clock.instant();
        return pool.withTransaction(sql -> lockedNotice(sql, party, id, true).chain(notice -> {
            if (!"DUE".equals(notice.status())) {
                throw ProblemException.conflict("This notice was delivered already");
            }
            boolean late = now.isAfter(notice.deadline().toInstant());
            return sql.preparedQuery("update breach_notice set status = 'DELIVERED', content = $2, delivered_at = $3,"
                            + " delivered_by = $4, late = $5 where id = $1")
                    .execute(Tuple.of(id, write(input), utc(now), party.name(), late))
                    .chain(() -> evidence.append(sql, notice.incidentId(), "NOTICE_DELIVERED", party, now, "Notice " + id
                            + " for agreement " + notice.agreementId() + (late ? " delivered after its deadline " : " delivered before its deadline ")
                            + notice.deadline().toInstant()))
                    .chain(() -> outbox.publish(sql, notice.incidentId(), new BreachNoticeDelivered(id, notice.incidentId(),
                            notice.agreementId(), vendor, notice.districtId(), notice.consortiumId(), notice.deadline().toInstant(),
                            late, now)))
                    .chain(() -> lockedNotice(sql, party, id, false));
        }));
    }

    public Uni<BreachNoticeView> acknowledge(Party party, UUID id) {
        UUID district = party.district();
        Instant now = clock.instant();
        return pool.withTransaction(sql -> lockedNotice(sql, party, id, true).chain(notice -> {
            if (!district.equals(notice.districtId())) {
                throw ProblemException.forbidden("Only the district the notice is for acknowledges it");
            }
            if (!"DELIVERED".equals(notice.status())) {
                throw ProblemException.conflict("DUE".equals(notice.status())
                        ? "The vendor has not delivered this notice yet" : "This notice was acknowledged already");
            }
            return sql.preparedQuery("update breach_notice set status = 'ACKNOWLEDGED', acknowledged_at = $2,"
                            + " acknowledged_by = $3 where id = $1").execute(Tuple.of(id, utc(now), party.name()))
                    .chain(() -> evidence.append(sql, notice.incidentId(), "NOTICE_ACKNOWLEDGED", party, now,
                            "Notice " + id + " acknowledged by the district"))
                    .chain(() -> outbox.publish(sql, notice.incidentId(), new BreachAcknowledged(id, notice.incidentId(),
                            notice.agreementId(), notice.vendorId(), district, now)))
                    .chain(() -> lockedNotice(sql, party, id, false));
        }));
    }

    public Uni<MessageView> post(Party party, UUID noticeId, MessageInput input) {
        Instant now = clock.instant();
        return pool.withTransaction(sql -> lockedNotice(sql, party, noticeId, true).chain(notice -> {
            String side;
            if (party.is(OrganisationType.VENDOR, notice.vendorId())) {
                side = "VENDOR";
            } else if (party.is(OrganisationType.DISTRICT, notice.districtId())) {
                side = "DISTRICT";
            } else {
                throw ProblemException.forbidden("Only the vendor and the district write in a notice's thread");
            }
            UUID id = UUID.randomUUID();
            return sql.preparedQuery("insert into breach_message (id, notice_id, party, author, text, created_at)"
                            + " values ($1, $2, $3, $4, $5, $6)")
                    .execute(Tuple.tuple(Arrays.asList(id, noticeId, side, party.name(), input.text(), utc(now))))
                    .chain(() -> evidence.append(sql, notice.incidentId(), "MESSAGE", party, now,
                            "In the thread of notice " + noticeId + ": " + input.text()))
                    .replaceWith(new MessageView(id, side, party.name(), input.text(), utc(now)));
        }));
    }

    public Uni<Page<MessageView>> messages(Party party, UUID noticeId, PageRequest page) {
        return notice(party, noticeId).chain(notice -> pool.preparedQuery("select id, party, author, text, created_at"
                        + " from breach_message where notice_id = $1 order by created_at, id limit $2 offset $3")
                .execute(Tuple.of(noticeId, page.size, (long) page.page * page.size)).chain(rows -> {
                    List<MessageView> items = new ArrayList<>();
                    rows.forEach(row -> items.add(new MessageView(row.getUUID("id"), row.getString("party"),
                            row.getString("author"), row.getString("text"), row.getOffsetDateTime("created_at"))));
                    return pool.preparedQuery("select count(*) from breach_message where notice_id = $1").execute(Tuple.of(noticeId))
                            .map(count -> new Page<>(items, page.page, page.size, count.iterator().next().getLong(0)));
                }));
    }

    public Uni<IncidentView> update(Party party, UUID incidentId, UpdateInput input) {
        UUID vendor = party.vendor();
        Instant now = clock.instant();
        return pool.withTransaction(sql -> sql.preparedQuery("select vendor_id, stage from incident where id = $1 for update")
                .execute(Tuple.of(incidentId)).chain(rows -> {
                    if (rows.size() == 0 || !vendor.equals(rows.iterator().next().getUUID("vendor_id"))) {
                        throw ProblemException.notFound("Incident", incidentId);
                    }
                    if ("CLOSED".equals(rows.iterator().next().getString("stage"))) {
                        throw ProblemException.conflict("The incident is closed");
                    }
                    String stage = input.stage() == UpdateInput.Stage.UPDATE ? rows.iterator().next().getString("stage")
                            : input.stage().name();
                    return sql.preparedQuery("update incident set stage = $2 where id = $1").execute(Tuple.of(incidentId, stage))
                            .chain(() -> sql.preparedQuery("insert into incident_update (id, incident_id, stage, text, author,"
                                    + " created_at) values ($1, $2, $3, $4, $5, $6)").execute(Tuple.tuple(Arrays.asList(
                                    UUID.randomUUID(), incidentId, input.stage().name(), input.text(), party.name(), utc(now)))))
                            .chain(() -> evidence.append(sql, incidentId, "UPDATE_" + input.stage().name(), party, now, input.text()))
                            .chain(() -> sql.preparedQuery("select distinct district_id from breach_notice where incident_id = $1")
                                    .execute(Tuple.of(incidentId)))
                            .chain(districts -> {
                                List<UUID> ids = new ArrayList<>();
                                districts.forEach(row -> ids.add(row.getUUID(0)));
                                return outbox.publish(sql, incidentId, new BreachUpdated(incidentId, vendor, input.stage().name(),
                                        ids, now));
                            })
                            .chain(() -> incident(sql, party, incidentId));
                }));
    }

    /**
     * Flags every notice whose deadline passed before {@code asOf} without delivery, announcing each once
     * (the flag and the event commit together). The caller holds the clock's lock.
     */
    public Uni<Integer> flagOverdue(SqlClient sql, Instant asOf) {
        return sql.preparedQuery("update breach_notice n set overdue_at = $1 from incident i where i.id = n.incident_id"
                        + " and n.id in (select id from breach_notice where status = 'DUE' and overdue_at is null and deadline < $1"
                        + " order by deadline limit 1000) returning n.id, n.incident_id, n.agreement_id, n.district_id,"
                        + " n.consortium_id, n.deadline, i.vendor_id")
                .execute(Tuple.of(utc(asOf))).chain(rows -> {
                    List<Row> flagged = new ArrayList<>();
                    rows.forEach(flagged::add);
                    return Multi.createFrom().iterable(flagged).onItem().transformToUniAndConcatenate(row -> {
                        UUID incident = row.getUUID("incident_id");
                        Instant deadline = row.getOffsetDateTime("deadline").toInstant();
                        return evidence.append(sql, incident, "NOTICE_OVERDUE", null, asOf, "Notice " + row.getUUID("id")
                                        + " for agreement " + row.getUUID("agreement_id") + " not delivered by its deadline " + deadline)
                                .chain(() -> outbox.publish(sql, incident, new BreachNoticeOverdue(row.getUUID("id"), incident,
                                        row.getUUID("agreement_id"), row.getUUID("vendor_id"), row.getUUID("district_id"),
                                        row.getUUID("consortium_id"), deadline, asOf)));
                    }).collect().asList().map(List::size);
                });
    }

    private Uni<IncidentView> incident(SqlClient sql, Party party, UUID id) {
        return sql.preparedQuery(NOTICE_COLUMNS + " where n.incident_id = $5 and" + VISIBLE + " order by n.deadline, n.id")
                .execute(party.visibility().addUUID(id)).chain(noticeRows -> {
                    List<BreachNoticeView> notices = noticeViews(noticeRows);
                    return sql.preparedQuery("select * from incident where id = $1").execute(Tuple.of(id)).map(rows -> {
                        if (rows.size() == 0) {
                            throw ProblemException.notFound("Incident", id);
                        }
                        Row row = rows.iterator().next();
                        boolean vendor = party.is(OrganisationType.VENDOR, row.getUUID("vendor_id")) || party.isPlatformAdmin();
                        if (!vendor && notices.isEmpty()) {
                            throw ProblemException.notFound("Incident", id);
                        }
                        return new IncidentView(id, row.getUUID("vendor_id"), row.getOffsetDateTime("discovered_at"),
                                row.getString("summary"), List.of(row.getArrayOfUUIDs("product_ids")),
                                List.of(row.getArrayOfStrings("data_elements")), row.getString("students_affected"),
                                row.getString("contact_name"), row.getString("contact_email"), row.getString("contact_phone"),
                                row.getString("actions_taken"), row.getString("stage"), row.getOffsetDateTime("reported_at"), notices);
                    });
                });
    }

    /** The notice, if the party may see it (404 otherwise), locked for the change that follows when asked. */
    private Uni<BreachNoticeView> lockedNotice(SqlClient sql, Party party, UUID id, boolean lock) {
        return sql.preparedQuery(NOTICE_COLUMNS + " where n.id = $5 and" + VISIBLE + (lock ? " for update of n" : ""))
                .execute(party.visibility().addUUID(id)).map(rows -> {
                    List<BreachNoticeView> views = noticeViews(rows);
                    if (views.isEmpty()) {
                        throw ProblemException.notFound("Breach notice", id);
                    }
                    return views.get(0);
                });
    }


    private static List<BreachNoticeView> noticeViews(RowSet<Row> rows) {
        List<BreachNoticeView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new BreachNoticeView(row.getUUID("id"), row.getUUID("incident_id"),
                row.getUUID("agreement_id"), row.getUUID("vendor_id"), row.getUUID("district_id"), row.getUUID("consortium_id"),
                row.getInteger("breach_notice_hours"), row.getOffsetDateTime("deadline"), row.getString("status"),
                row.getOffsetDateTime("overdue_at") != null, row.getOffsetDateTime("overdue_at"),
                row.getOffsetDateTime("delivered_at"), row.getBoolean("late"), row.getString("content"),
                row.getOffsetDateTime("acknowledged_at"))));
        return views;
    }

    private String write(DeliveryInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String summary(IncidentInput input) {
        String text = input.summary();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
