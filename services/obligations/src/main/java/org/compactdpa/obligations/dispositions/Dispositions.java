package org.compactdpa.obligations.dispositions;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.compactdpa.contracts.events.DispositionAttested;
import org.compactdpa.contracts.events.DispositionOffered;
import org.compactdpa.contracts.events.DispositionOverdue;
import org.compactdpa.contracts.events.DispositionRequested;
import org.compactdpa.contracts.events.DispositionSettled;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.obligations.directory.Directory;
import org.compactdpa.obligations.evidence.EvidenceTrail;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;

/**
 * Exhibit D: the district's data returned or destroyed. Offered when an agreement expires or is
 * terminated; requested by the district at any time its agreement is (or was) in force, due
 * {@code dispositionDays} later; attested by a vendor signer with intent and consent, bound to the
 * request's SHA-256; accepted or disputed by the district (a disputed one may be attested again). A request
 * not attested by its deadline is flagged overdue once.
 */
@ApplicationScoped
public class Dispositions {

    /** The standard terms' window, for an agreement whose terms never arrived. */
    static final int DEFAULT_DAYS = 60;
    /** Agreements whose data a district may ask back: in force, or ended after being in force. */
    private static final Set<String> DISPOSABLE = Set.of("EXECUTED", "ADOPTED", "EXPIRED", "TERMINATED");


    private final Pool pool;
    private final Directory directory;
    private final EvidenceTrail evidence;
    private final Outbox outbox;
    private final Clock clock;

    public Dispositions(Pool pool, Directory directory, EvidenceTrail evidence, Outbox outbox, Clock clock) {
        this.pool = pool;
        this.directory = directory;
        this.evidence = evidence;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** In an event's transaction: the agreement ended, so its district is offered a disposition (once). */
    public Uni<Void> offer(SqlClient sql, UUID agreementId, String reason, Instant at) {
        return directory.agreement(sql, agreementId).chain(found -> {
            if (found.isEmpty() || found.get().districtId() == null) {
                return Uni.createFrom().voidItem();
            }
            Directory.KnownAgreement agreement = found.get();
            UUID id = UUID.randomUUID();
            return sql.preparedQuery("insert into disposition (id, agreement_id, district_id, vendor_id, consortium_id, status,"
                            + " offered_reason, offered_at) values ($1, $2, $3, $4, $5, 'OFFERED', $6, $7) on conflict do nothing"
                            + " returning id")
                    .execute(Tuple.tuple(Arrays.asList(id, agreementId, agreement.districtId(), agreement.vendorId(),
                            agreement.consortiumId(), reason, utc(at))))
                    .chain(rows -> rows.size() == 0 ? Uni.createFrom().voidItem()
                            : evidence.append(sql, id, "OFFERED", null, at, "The agreement " + reason.toLowerCase()
                                            + "; the district may ask for the return or destruction of its data")
                                    .chain(() -> outbox.publish(sql, id, new DispositionOffered(id, agreementId,
                                            agreement.districtId(), agreement.vendorId(), reason, at)))
                                    .replaceWithVoid());
        });
    }

    public Uni<DispositionView> request(Party party, RequestInput input) {
        UUID district = party.district();
        Instant now = clock.instant();
        return pool.withTransaction(sql -> directory.agreement(sql, input.agreementId()).chain(found -> {
            Directory.KnownAgreement agreement = found.filter(a -> district.equals(a.districtId()))
                    .orElseThrow(() -> ProblemException.unprocessable("agreementId", "Your district has no such agreement"));
            if (!DISPOSABLE.contains(agreement.status())) {
                throw ProblemException.unprocessable("agreementId", "The agreement was never in force: there is no data to dispose of");
            }
            int days = agreement.dispositionDays() == null ? DEFAULT_DAYS : agreement.dispositionDays();
            Instant deadline = now.plus(Duration.ofDays(days));
            List<UUID> products = input.productIds() == null ? List.of() : List.copyOf(new TreeSet<>(input.productIds()));
            return sql.preparedQuery("select id, status from disposition where agreement_id = $1 and status in ('OFFERED', 'REQUESTED')"
                    + " for update").execute(Tuple.of(agreement.id())).chain(open -> {
                        if (open.size() > 0 && "REQUESTED".equals(open.iterator().next().getString("status"))) {
                            throw ProblemException.conflict("A disposition of this agreement's data is requested already");
                        }
                        UUID id = open.size() > 0 ? open.iterator().next().getUUID("id") : UUID.randomUUID();
                        String hash = requestHash(id, agreement.id(), input, products, now);
                        Tuple values = Tuple.tuple(Arrays.asList(id, agreement.id(), district, agreement.vendorId(),
                                agreement.consortiumId(), input.action().name(), products.toArray(UUID[]::new), input.returnFormat(),
                                input.note(), hash, party.name(), utc(now), days, utc(deadline)));
                        String write = open.size() > 0
                                ? "update disposition set status = 'REQUESTED', action = $6, product_ids = $7, return_format = $8,"
                                        + " note = $9, request_sha256 = $10, requested_by = $11, requested_at = $12,"
                                        + " disposition_days = $13, deadline = $14 where id = $1 and agreement_id = $2 and district_id = $3"
                                        + " and vendor_id = $4 and consortium_id is not distinct from $5"
                                : "insert into disposition (id, agreement_id, district_id, vendor_id, consortium_id, status, action,"
                                        + " product_ids, return_format, note, request_sha256, requested_by, requested_at, disposition_days,"
                                        + " deadline) values ($1, $2, $3, $4, $5, 'REQUESTED', $6, $7, $8, $9, $10, $11, $12, $13, $14)";
                        return sql.preparedQuery(write).execute(values)
                                .chain(() -> evidence.append(sql, id, "REQUESTED", party, now, input.action().name()
                                        + (products.isEmpty() ? " of all data under the agreement" : " of the data of products " + products)
                                        + ", due " + deadline + "; request SHA-256 " + hash))
                                .chain(() -> outbox.publish(sql, id, new DispositionRequested(id, agreement.id(), district,
                                        agreement.vendorId(), agreement.consortiumId(), input.action().name(), products, hash, deadline, now)))
                                .chain(() -> locked(sql, party, id, false));
                    });
        }));
    }

    public Uni<DispositionView> attest(Party party, UUID id, AttestationInput input) {
        UUID vendor = party.vendor();
        party.requireRole(Roles.VENDOR_SIGNER);
        Instant now = clock.instant();
        return pool.withTransaction(sql -> locked(sql, party, id, true).chain(request -> {
            if (!vendor.equals(request.vendorId())) {
                throw ProblemException.forbidden("Only the vendor of the agreement attests");
            }
            if (!"REQUESTED".equals(request.status()) && !"DISPUTED".equals(request.status())) {
                throw ProblemException.conflict("OFFERED".equals(request.status()) ? "The district has not requested it yet"
                        : "The request is " + request.status().toLowerCase() + " already");
            }
            if (!input.requestSha256().equals(request.requestSha256())) {
                throw ProblemException.unprocessable("requestSha256", "does not match the request: reload it and attest to what it asks");
            }
            if (input.completedOn().isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1))) {
                throw ProblemException.unprocessable("completedOn", "must not be in the future");
            }
            boolean late = now.isAfter(request.deadline().toInstant());
            return sql.preparedQuery("update disposition set status = 'ATTESTED', method = $2, completed_on = $3, disposed = $4,"
                            + " exceptions = $5, attested_by = $6, signer_name = $7, attested_at = $8, late = $9,"
                            + " dispute_reason = null, settled_at = null where id = $1")
                    .execute(Tuple.tuple(Arrays.asList(id, input.method(), input.completedOn(), input.disposed(), input.exceptions(),
                            party.subject(), party.name(), utc(now), late)))
                    .chain(() -> evidence.append(sql, id, "ATTESTED", party, now, "Attested with intent and consent to electronic"
                            + " records, bound to request SHA-256 " + request.requestSha256() + ": " + input.method() + " completed "
                            + input.completedOn() + (late ? " (after the deadline)" : "")))
                    .chain(() -> outbox.publish(sql, id, new DispositionAttested(id, request.agreementId(), request.districtId(),
                            vendor, input.method(), input.completedOn(), party.name(), late, now)))
                    .chain(() -> locked(sql, party, id, false));
        }));
    }

    public Uni<DispositionView> settle(Party party, UUID id, boolean accepted, String reason) {
        UUID district = party.district();
        Instant now = clock.instant();
        String outcome = accepted ? "ACCEPTED" : "DISPUTED";
        return pool.withTransaction(sql -> locked(sql, party, id, true).chain(request -> {
            if (!district.equals(request.districtId())) {
                throw ProblemException.forbidden("Only the district that asked accepts or disputes");
            }
            if (!"ATTESTED".equals(request.status())) {
                throw ProblemException.conflict("Only an attested request is accepted or disputed");
            }
            return sql.preparedQuery("update disposition set status = $2, settled_at = $3, dispute_reason = $4 where id = $1")
                    .execute(Tuple.of(id, outcome, utc(now), reason))
                    .chain(() -> evidence.append(sql, id, outcome, party, now, accepted ? "The district accepted the attestation"
                            : "The district disputed the attestation: " + reason))
                    .chain(() -> outbox.publish(sql, id, new DispositionSettled(id, request.agreementId(), district,
                            request.vendorId(), outcome, reason, now)))
                    .chain(() -> locked(sql, party, id, false));
        }));
    }

    public Uni<DispositionView> one(Party party, UUID id) {
        return pool.withConnection(sql -> locked(sql, party, id, false));
    }

    public Uni<Page<DispositionView>> list(Party party, String status, PageRequest page) {
        String where = " from disposition where" + Party.SEES + " and ($5::text is null or status = $5)";
        return pool.preparedQuery("select *" + where + " order by coalesce(deadline, offered_at) desc, id limit $6 offset $7")
                .execute(party.visibility().addString(status).addInteger(page.size).addLong((long) page.page * page.size))
                .chain(rows -> pool.preparedQuery("select count(*)" + where).execute(party.visibility().addString(status))
                        .map(count -> new Page<>(views(rows), page.page, page.size, count.iterator().next().getLong(0))));
    }

    /** Flags requests not attested by their deadline; the caller holds the clock's lock. */
    public Uni<Integer> flagOverdue(SqlClient sql, Instant asOf) {
        return sql.preparedQuery("update disposition set overdue_at = $1 where id in (select id from disposition"
                        + " where status = 'REQUESTED' and overdue_at is null and deadline < $1 order by deadline limit 1000)"
                        + " returning id, agreement_id, district_id, vendor_id, consortium_id, deadline")
                .execute(Tuple.of(utc(asOf))).chain(rows -> {
                    List<Row> flagged = new ArrayList<>();
                    rows.forEach(flagged::add);
                    return Multi.createFrom().iterable(flagged).onItem().transformToUniAndConcatenate(row -> {
                        UUID id = row.getUUID("id");
                        Instant deadline = row.getOffsetDateTime("deadline").toInstant();
                        return evidence.append(sql, id, "OVERDUE", null, asOf, "Not attested by its deadline " + deadline)
                                .chain(() -> outbox.publish(sql, id, new DispositionOverdue(id, row.getUUID("agreement_id"),
                                        row.getUUID("district_id"), row.getUUID("vendor_id"), row.getUUID("consortium_id"),
                                        deadline, asOf)));
                    }).collect().asList().map(List::size);
                });
    }

    private Uni<DispositionView> locked(SqlClient sql, Party party, UUID id, boolean lock) {
        return sql.preparedQuery("select * from disposition where id = $5 and" + Party.SEES + (lock ? " for update" : ""))
                .execute(party.visibility().addUUID(id)).map(rows -> {
                    List<DispositionView> views = views(rows);
                    if (views.isEmpty()) {
                        throw ProblemException.notFound("Disposition request", id);
                    }
                    return views.get(0);
                });
    }

    /** The request as the vendor attests to it: every field that says what is asked, in a fixed order. */
    static String requestHash(UUID id, UUID agreementId, RequestInput input, List<UUID> products, Instant at) {
        String canonical = String.join("\n", "compact-disposition-request-v1", id.toString(), agreementId.toString(),
                input.action().name(), products.toString(), String.valueOf(input.returnFormat()), String.valueOf(input.note()),
                at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    private static List<DispositionView> views(RowSet<Row> rows) {
        List<DispositionView> views = new ArrayList<>();
        rows.forEach(row -> views.add(new DispositionView(row.getUUID("id"), row.getUUID("agreement_id"),
                row.getUUID("district_id"), row.getUUID("vendor_id"), row.getUUID("consortium_id"), row.getString("status"),
                row.getString("offered_reason"), row.getString("action"), List.of(row.getArrayOfUUIDs("product_ids")),
                row.getString("return_format"), row.getString("note"), row.getString("request_sha256"),
                row.getOffsetDateTime("requested_at"), row.getInteger("disposition_days"), row.getOffsetDateTime("deadline"),
                row.getString("method"), row.getLocalDate("completed_on"), row.getString("disposed"), row.getString("exceptions"),
                row.getString("signer_name"), row.getOffsetDateTime("attested_at"), row.getBoolean("late"),
                row.getOffsetDateTime("settled_at"), row.getString("dispute_reason"), row.getOffsetDateTime("overdue_at") != null)));
        return views;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
