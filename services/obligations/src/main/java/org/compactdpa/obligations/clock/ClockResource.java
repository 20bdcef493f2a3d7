package org.compactdpa.obligations.clock;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/obligations/clock")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ClockResource {

    private final DeadlineClock deadlines;
    private final Clock clock;

    public ClockResource(DeadlineClock deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Flag what passed its deadline now, or as of the given time (ISO-8601 instant)")
    @APIResponse(responseCode = "200", description = "What the run flagged; ran=false when another run held the lock")
    public Uni<DeadlineClock.Run> run(@QueryParam("asOf") @Size(max = 40) String asOf) {
        Instant at;
        try {
            at = asOf == null || asOf.isBlank() ? clock.instant() : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be an instant such as 2026-12-01T09:00:00Z");
        }
        return deadlines.run(at);
    }
}
