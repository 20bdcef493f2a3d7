package org.compactdpa.obligations.audits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.compactdpa.contracts.events.AuditClosed;
import org.compactdpa.contracts.events.AuditNoticed;
import org.compactdpa.contracts.events.AuditScheduled;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.obligations.calendar.BusinessCalendar;
import org.compactdpa.obligations.directory.Directory;
import org.compactdpa.obligations.evidence.EvidenceTrail;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/**
 * The district's right to audit: it gives notice, and the audit may start no earlier than the terms'
 * {@code auditNoticeBusinessDays} business days later (weekends and US federal holidays excluded); the vendor
 * confirms the dates or proposes others (never earlier), the district accepts them; the district records
 * the outcome (findings, remediation with due dates) and closes it.
 */
@ApplicationScoped
public class Audits {

    /** The standard terms' notice, for an agreement whose terms never arrived. */
    static final int DEFAULT_NOTICE_DAYS = 10;
    /** An audit lasts at most this long, and is proposed at most this far ahead. */
    static final int MAX_LENGTH_DAYS = 90;
    static final int MAX_AHEAD_DAYS = 730;
    private static final Set<String> IN_FORCE = Set.copyOf(Directory.IN_FORCE);


    private final Pool pool;
    private final Directory directory;
    private final EvidenceTrail evidence;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final BusinessCalendar calendar = BusinessCalendar.usFederal();

    public Audits(Pool pool, Directory directory, EvidenceTrail evidence, Outbox outbox, ObjectMapper json, Clock clock) {
        this.pool = pool;
        this.directory = directory;
        this.evidence = evidence;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public Uni<AuditView> notice(Party party, AuditNoticeInput input) {
        UUID district = party.district();
        Instant now = clock.instant();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        return pool.withTransaction(sql -> directory.agreement(sql, input.agreementId()).chain(found -> {
            Directory.KnownAgreement agreement = found.filter(a -> district.equals(a.districtId()))
                    .orElseThrow(() -> ProblemException.unprocessable("agreementId", "Your district has no such agreement"));
            if (!IN_FORCE.contains(agreement.status())) {
                throw ProblemException.unprocessable("agreementId", "Only an agreement in force gives a right to audit");
            }
            int days = agreement.auditNoticeBusinessDays() == null ? DEFAULT_NOTICE_DAYS : agreement.auditNoticeBusinessDays();
            LocalDate earliest = earliest(today, days);
            checkDates("proposedStart", input.proposedStart(), input.proposedEnd(), earliest, today);
            UUID id = UUID.randomUUID();
            return sql.preparedQuery("insert into audit (id, agreement_id, district_id, vendor_id, consortium_id, status, scope,"
                            + " notice_days, noticed_at, noticed_by, earliest_start, proposed_start, proposed_end)"
                            + " values ($1, $2, $3, $4, $5, 'NOTICED', $6, $7, $8, $9, $10, $11, $12)")
                    .execute(Tuple.tuple(Arrays.asList(id, agreement.id(), district, agreement.vendorId(), agreement.consortiumId(),
                            input.scope(), days, now.atOffset(ZoneOffset.UTC), party.name(), earliest, input.proposedStart(),
                            input.proposedEnd())))
                    .chain(() -> evidence.append(sql, id, "NOTICED", party, now, "Audit notice: " + input.scope()
                            + "; earliest start " + earliest + " (" + days + " business days); proposed " + input.proposedStart()
                            + " to " + input.proposedEnd()))
                    .chain(() -> outbox.publish(sql, id, new AuditNoticed(id, agreement.id(), district, agreement.vendorId(),
                            input.scope(), earliest, input.proposedStart(), input.proposedEnd(), now)))
                    .chain(() -> locked(sql, party, id, false));
        }));
    }

    /** The vendor takes the district's dates. */
    public Uni<AuditView> confirm(Party party, UUID id) {
        UUID vendor = party.vendor();
        return step(party, id, audit -> {
            if (!vendor.equals(audit.vendorId())) {
                throw ProblemException.forbidden("Only the vendor of the agreement confirms");
            }
            requireStatus(audit, "NOTICED");
            return new Step("CONFIRMED", audit.proposedStart(), audit.proposedEnd(), "The vendor confirmed the dates");
        });
    }

    /** The vendor proposes other dates, never before the earliest start. */
    public Uni<AuditView> reschedule(Party party, UUID id, DatesInput input) {
        UUID vendor = party.vendor();
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return step(party, id, audit -> {
            if (!vendor.equals(audit.vendorId())) {
                throw ProblemException.forbidden("Only the vendor of the agreement proposes dates");
            }
            requireStatus(audit, "NOTICED");
            checkDates("start", input.start(), input.end(), audit.earliestStart(), today);
            return new Step("RESCHEDULE_PROPOSED", input.start(), input.end(), "The vendor proposed " + input.start() + " to "
                    + input.end());
        });
    }

    /** The district takes the vendor's dates. */
    public Uni<AuditView> acceptDates(Party party, UUID id) {
        UUID district = party.district();
        return step(party, id, audit -> {
            if (!district.equals(audit.districtId())) {
                throw ProblemException.forbidden("Only the district that gave notice accepts dates");
            }
            requireStatus(audit, "RESCHEDULE_PROPOSED");
            return new Step("CONFIRMED", audit.start(), audit.end(), "The district accepted the vendor's dates");
        });
    }

    public Uni<AuditView> close(Party party, UUID id, OutcomeInput input) {
        UUID district = party.district();
        Instant now = clock.instant();
        List<OutcomeInput.Remediation> remediation = input.remediation() == null ? List.of() : input.remediation();
        return pool.withTransaction(sql -> locked(sql, party, id, true).chain(audit -> {
            if (!district.equals(audit.districtId())) {
                throw ProblemException.forbidden("Only the district that gave notice records the outcome");
            }
            requireStatus(audit, "CONFIRMED");
            return sql.preparedQuery("update audit set status = 'CLOSED', findings = $2, remediation = $3, closed_at = $4 where id = $1")
                    .execute(Tuple.of(id, input.findings(), write(remediation), now.atOffset(ZoneOffset.UTC)))
                    .chain(() -> evidence.append(sql, id, "CLOSED", party, now, "Findings: " + input.findings() + "; "
                            + remediation.size() + " remediation items"))
                    .chain(() -> outbox.publish(sql, id, new AuditClosed(id, audit.agreementId(), district, audit.vendorId(),
                            input.findings().isBlank() ? 0 : 1, remediation.size(), now)))
                    .chain(() -> locked(sql, party, id, false));
        }));
    }

    public Uni<AuditView> one(Party party, UUID id) {
        return pool.withConnection(sql -> locked(sql, party, id, false));
    }

    public Uni<Page<AuditView>> list(Party party, String status, PageRequest page) {
        String where = " from audit where" + Party.SEES + " and ($5::text is null or status = $5)";
        return pool.preparedQuery("select *" + where + " order by noticed_at desc, id limit $6 offset $7")
                .execute(party.visibility().addString(status).addInteger(page.size).addLong((long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*)" + where).execute(party.visibility().addString(status))
                        .map(count -> new Page<>(views(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    /** The earliest start of an audit noticed today: that many business days later. */
    LocalDate earliest(LocalDate today, int businessDays) {
        try {
            return calendar.addBusinessDays(today, businessDays);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("proposedStart", "The platform's holiday calendar does not reach that far yet");
        }
    }

    private static void checkDates(String field, LocalDate start, LocalDate end, LocalDate earliest, LocalDate today) {
        if (start.isBefore(earliest)) {
            throw ProblemException.unprocessable(field, "must be on or after " + earliest
                    + ": the terms give the vendor that many business days' notice");
        }
        if (end.isBefore(start)) {
            throw ProblemException.unprocessable("end", "must not be before the start");
        }
        if (end.isAfter(start.plusDays(MAX_LENGTH_DAYS))) {
            throw ProblemException.unprocessable("end", "an audit lasts at most " + MAX_LENGTH_DAYS + " days");
        }
        if (start.isAfter(today.plusDays(MAX_AHEAD_DAYS))) {
            throw ProblemException.unprocessable(field, "must be within two years");
        }
    }

    private static void requireStatus(AuditView audit, String status) {
        if (!status.equals(audit.status())) {
            throw ProblemException.conflict("The audit is " + audit.status().toLowerCase().replace('_', ' '));
        }
    }

    private record Step(String status, LocalDate start, LocalDate end, String details) {
    }

    private Uni<AuditView> step(Party party, UUID id, java.util.function.Function<AuditView, Step> decide) {
        Instant now = clock.instant();
        return pool.withTransaction(sql -> locked(sql, party, id, true).chain(audit -> {
            Step step = decide.apply(audit);
            return sql.preparedQuery("update audit set status = $2, start_on = $3, end_on = $4 where id = $1")
                    .execute(Tuple.of(id, step.status(), step.start(), step.end()))
                    .chain(() -> evidence.append(sql, id, step.status(), party, now, step.details()))
                    .chain(() -> outbox.publish(sql, id, new AuditScheduled(id, audit.agreementId(), audit.districtId(),
                            audit.vendorId(), step.status(), step.start(), step.end(), now)))
                    .chain(() -> locked(sql, party, id, false));
        }));
    }

    private Uni<AuditView> locked(SqlClient sql, Party party, UUID id, boolean lock) {
        return sql.preparedQuery("select * from audit where id = $5 and" + Party.SEES + (lock ? " for update" : ""))
                .execute(party.visibility().addUUID(id)).map(rows -> {
                    List<AuditView> views = views(rows);
                    if (views.isEmpty()) {
                        throw ProblemException.notFound("Audit", id);
                    }
                    return views.get(0);
                });
    }


    private List<AuditView> views(RowSet<Row> rows) {
        List<AuditView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new AuditView(row.getUUID("id"), row.getUUID("agreement_id"), row.getUUID("district_id"),
                row.getUUID("vendor_id"), row.getUUID("consortium_id"), row.getString("status"), row.getString("scope"),
                row.getInteger("notice_days"), row.getOffsetDateTime("noticed_at"), row.getLocalDate("earliest_start"),
                row.getLocalDate("proposed_start"), row.getLocalDate("proposed_end"), row.getLocalDate("start_on"),
                row.getLocalDate("end_on"), row.getString("findings"), read(row.getString("remediation")),
                row.getOffsetDateTime("closed_at"))));
        return views;
    }

    private String write(List<OutcomeInput.Remediation> remediation) {
        try {
            return json.writeValueAsString(remediation);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<OutcomeInput.Remediation> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<OutcomeInput.Remediation>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
