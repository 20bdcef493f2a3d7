package org.compactdpa.obligations.evidence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.obligations.access.Party;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/obligations/{caseId}/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER, Roles.VENDOR_ADMIN, Roles.DISTRICT_STAFF, Roles.DISTRICT_SIGNER,
        Roles.DISTRICT_ADMIN, Roles.COORDINATOR, Roles.PLATFORM_ADMIN})
public class EvidenceResource {

    /**
     * Who may see a case's trail: its vendor, its district, their coordinators. An incident's trail records
     * every district's notice and thread, so its districts read their own notices instead, not the trail.
     */
    private static final String PARTIES = "select vendor_id, district_id, consortium_id from disposition where id = $1"
            + " union all select vendor_id, district_id, consortium_id from audit where id = $1"
            + " union all select i.vendor_id, null::uuid, n.consortium_id from incident i"
            + " left join breach_notice n on n.incident_id = i.id where i.id = $1";

    private final Pool pool;
    private final EvidenceTrail trail;
    private final Caller caller;

    public EvidenceResource(Pool pool, EvidenceTrail trail, Caller caller) {
        this.pool = pool;
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The hash-chained trail of an incident, a disposition request or an audit, recomputed")
    @APIResponse(responseCode = "200", description = "The entries and whether the chain holds")
    public Uni<EvidenceTrail.Trail> trail(@PathParam("caseId") UUID caseId) {
        Party party = Party.of(caller);
        return pool.withConnection(sql -> sql.preparedQuery(PARTIES).execute(Tuple.of(caseId)).chain(rows -> {
            boolean sees = false;
            for (var row : rows) {
                sees |= party.sees(row.getUUID(0), row.getUUID(1), row.getUUID(2));
            }
            if (!sees) {
                throw ProblemException.notFound("Case", caseId);
            }
            return trail.read(sql, caseId);
        }));
    }
}
