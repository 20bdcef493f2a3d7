package org.compactdpa.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets an operator see whether this service's events are flowing (e.g. during a Kafka outage). */
@Path("/api/admin/outbox")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxStatusResource {

    private final Pool pool;

    public OutboxStatusResource(Pool pool) {
        this.pool = pool;
    }

    public record OutboxStatus(long pending, long published, OffsetDateTime oldestPendingSince, String lastError) {
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Counts of pending and published events in this service's outbox")
    @APIResponse(responseCode = "200", description = "The outbox status")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may look")
    public Uni<OutboxStatus> status() {
        return pool.query("select count(*) filter (where published_at is null) as pending,"
                + " count(*) filter (where published_at is not null) as published,"
                + " min(occurred_at) filter (where published_at is null) as oldest,"
                + " (select last_error from outbox_event where published_at is null and last_error is not null"
                + "  order by position desc limit 1) as last_error from outbox_event")
                .execute().map(rows -> {
                    Row row = rows.iterator().next();
                    return new OutboxStatus(row.getLong("pending"), row.getLong("published"),
                            row.getOffsetDateTime("oldest"), row.getString("last_error"));
                });
    }
}
