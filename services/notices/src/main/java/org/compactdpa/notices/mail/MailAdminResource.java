package org.compactdpa.notices.mail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/mail")
@Tag(name = "Mail (operators)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class MailAdminResource {

    private static final String COLUMNS = "select id, notice_id, recipient, kind, status, attempts, last_error,"
            + " next_attempt_at, sent_at, created_at from mail_delivery where ($1::text is null or status = $1)";

    private final Pool pool;
    private final Digest digest;

    public MailAdminResource(Pool pool, Digest digest) {
        this.pool = pool;
        this.digest = digest;
    }

    @GET
    @Operation(summary = "Mail queued, sent and failed, newest first; FAILED ones wait for an operator")
    @APIResponse(responseCode = "200", description = "A page of mails")
    public Uni<Page<MailView>> list(
            @QueryParam("status") @Size(max = 10) @Pattern(regexp = "PENDING|DIGEST|SENT|FAILED", message = "must be PENDING, DIGEST, SENT or FAILED") String status,
            @Valid @BeanParam PageRequest page) {
        return pool.preparedQuery(COLUMNS + " order by created_at desc, id limit $2 offset $3")
                .execute(Tuple.of(status, page.size, (long) page.page * page.size)).chain(rows -> {
                    List<MailView> items = new ArrayList<>();
                    rows.forEach(row -> items.add(new MailView(row.getUUID("id"), row.getUUID("notice_id"),
                            row.getString("recipient"), row.getString("kind"), row.getString("status"),
                            row.getInteger("attempts"), row.getString("last_error"), row.getOffsetDateTime("next_attempt_at"),
                            row.getOffsetDateTime("sent_at"), row.getOffsetDateTime("created_at"))));
                    return pool.preparedQuery("select count(*) from (select 1 from mail_delivery where ($1::text is null"
                                    + " or status = $1) limit 10000) as counted").execute(Tuple.of(status))
                            .map(count -> new Page<>(items, page.page, page.size, count.iterator().next().getLong(0)));
                });
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Try a FAILED mail again, with a fresh budget of attempts")
    @APIResponse(responseCode = "204", description = "Queued")
    @APIResponse(responseCode = "409", description = "The mail is not FAILED")
    public Uni<Void> retry(@PathParam("id") UUID id) {
        return pool.preparedQuery("update mail_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now()"
                        + " where id = $1 and status = 'FAILED'").execute(Tuple.of(id))
                .chain(updated -> updated.rowCount() == 1 ? Uni.createFrom().voidItem()
                        : pool.preparedQuery("select 1 from mail_delivery where id = $1").execute(Tuple.of(id))
                                .map(found -> {
                                    if (found.size() == 0) {
                                        throw ProblemException.notFound("Mail", id);
                                    }
                                    throw ProblemException.conflict("Only a FAILED mail can be tried again");
                                }));
    }

    @POST
    @Path("/digest")
    @Operation(summary = "Send the daily digests now (the schedule does it every morning)")
    @APIResponse(responseCode = "200", description = "How many digests and notices were sent")
    public Uni<Digest.Report> digestNow() {
        return digest.sendAll();
    }
}
