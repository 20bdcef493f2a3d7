package org.compactdpa.messaging.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets an operator see whether this service's events are flowing (e.g. during a Kafka outage), and
 * deal with the events the relay parked because the broker would not take them, or sweep out old
 * published rows.
 */
@Path("/api/admin/outbox")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxStatusResource {

    private final OutboxAdmin admin;
    private final OutboxHousekeeping housekeeping;

    public OutboxStatusResource(OutboxAdmin admin, OutboxHousekeeping housekeeping) {
        this.admin = admin;
        this.housekeeping = housekeeping;
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Counts of pending, parked, blocked and published events in this service's outbox,"
            + " and of its dead letters not yet replayed")
    @APIResponse(responseCode = "200", description = "The outbox status")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may look")
    public Uni<OutboxStatus> status() {
        return admin.status();
    }

    @GET
    @Path("/parked")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "The parked events, oldest first (never their payload)")
    @APIResponse(responseCode = "200", description = "A page of parked events")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may look")
    public Uni<Page<ParkedEvent>> parked(@Valid @BeanParam PageRequest page) {
        return admin.parked(page);
    }

    @POST
    @Path("/parked/{id}/requeue")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Put a parked event back in line, with its attempts and backoff reset")
    @APIResponse(responseCode = "204", description = "Requeued; the relay sends it (and those behind it) now")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may requeue")
    @APIResponse(responseCode = "404", description = "No outbox event with this id")
    @APIResponse(responseCode = "409", description = "The event is not parked")
    public Uni<Void> requeue(@PathParam("id") UUID id) {
        return admin.requeue(id);
    }

    @POST
    @Path("/housekeeping")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Delete published events older than the retention now, instead of at the next scheduled sweep")
    @APIResponse(responseCode = "200", description = "How many rows were deleted, in how many batches")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may sweep")
    public Uni<OutboxHousekeeping.Sweep> sweep() {
        return housekeeping.sweep();
    }
}
