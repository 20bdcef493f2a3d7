package org.compactdpa.obligations.dashboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/obligations/dashboard")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER,
        Roles.DISTRICT_ADMIN, Roles.COORDINATOR})
public class DashboardResource {

    /** Every figure in one statement, each over the cases the party sees ({@link Party#SEES}, on n, d and a). */
    private static final String FIGURES = "select"
            + " (select count(distinct n.incident_id) from breach_notice n join incident i on i.id = n.incident_id"
            + "   where i.stage <> 'CLOSED' and" + on("n", "i.vendor_id") + ") as open_incidents,"
            + " (select count(*) from breach_notice n join incident i on i.id = n.incident_id"
            + "   where n.status = 'DUE' and n.overdue_at is null and" + on("n", "i.vendor_id") + ") as notices_due,"
            + " (select count(*) from breach_notice n join incident i on i.id = n.incident_id"
            + "   where n.status = 'DUE' and n.overdue_at is not null and" + on("n", "i.vendor_id") + ") as notices_overdue,"
            + " (select min(n.deadline) from breach_notice n join incident i on i.id = n.incident_id"
            + "   where n.status = 'DUE' and" + on("n", "i.vendor_id") + ") as next_notice_deadline,"
            + " (select count(*) from breach_notice n join incident i on i.id = n.incident_id"
            + "   where n.status = 'DELIVERED' and" + on("n", "i.vendor_id") + ") as notices_awaiting_acknowledgement,"
            + " (select count(*) from disposition d where d.status = 'OFFERED' and" + on("d", "d.vendor_id") + ") as dispositions_offered,"
            + " (select count(*) from disposition d where d.status in ('REQUESTED', 'DISPUTED') and" + on("d", "d.vendor_id")
            + ") as dispositions_open,"
            + " (select count(*) from disposition d where d.status in ('REQUESTED', 'DISPUTED') and d.overdue_at is not null and"
            + on("d", "d.vendor_id") + ") as dispositions_overdue,"
            + " (select min(d.deadline) from disposition d where d.status in ('REQUESTED', 'DISPUTED') and" + on("d", "d.vendor_id")
            + ") as next_disposition_deadline,"
            + " (select count(*) from disposition d where d.status = 'ATTESTED' and" + on("d", "d.vendor_id")
            + ") as dispositions_awaiting_acceptance,"
            + " (select count(*) from audit a where a.status <> 'CLOSED' and" + on("a", "a.vendor_id") + ") as audits_open,"
            + " (select min(coalesce(a.start_on, a.proposed_start)) from audit a where a.status <> 'CLOSED' and"
            + on("a", "a.vendor_id") + ") as next_audit_start";

    private final Pool pool;
    private final Caller caller;

    public DashboardResource(Pool pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "What the caller's organisation has open and what falls due next: incidents, breach notices, dispositions, audits")
    @APIResponse(responseCode = "200", description = "The figures")
    public Uni<Dashboard> mine() {
        Party party = Party.of(caller);
        if (party.type() == null || party.organisationId() == null) {
            throw ProblemException.forbidden("The dashboard is an organisation's; your account acts for none");
        }
        return pool.preparedQuery(FIGURES).execute(party.visibility()).map(rows -> {
            Row row = rows.iterator().next();
            return new Dashboard(count(row, "open_incidents"), count(row, "notices_due"), count(row, "notices_overdue"),
                    row.getOffsetDateTime("next_notice_deadline"), count(row, "notices_awaiting_acknowledgement"),
                    count(row, "dispositions_offered"), count(row, "dispositions_open"), count(row, "dispositions_overdue"),
                    row.getOffsetDateTime("next_disposition_deadline"), count(row, "dispositions_awaiting_acceptance"),
                    count(row, "audits_open"), row.getLocalDate("next_audit_start"));
        });
    }

    /** {@link Party#SEES} for a case table aliased {@code alias}, its vendor column being {@code vendor}. */
    private static String on(String alias, String vendor) {
        return Party.SEES.replace("vendor_id", vendor).replace("district_id", alias + ".district_id")
                .replace("consortium_id", alias + ".consortium_id");
    }

    private static int count(Row row, String column) {
        Long value = row.getLong(column);
        return value == null ? 0 : value.intValue();
    }
}
