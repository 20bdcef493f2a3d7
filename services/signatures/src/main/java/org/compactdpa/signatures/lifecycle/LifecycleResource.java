package org.compactdpa.signatures.lifecycle;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.validation.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets an operator run the expiry and reminder pass now (e.g. to catch up), as of a date. */
@Path("/api/admin/lifecycle/run")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleResource {

    private final LifecycleService lifecycle;

    public LifecycleResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Expire agreements that ended before asOf (default today) and send due reminders")
    @APIResponse(responseCode = "200", description = "What the run did")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    public Uni<RunReport> run(@QueryParam("asOf") @Size(max = Limits.CODE) String asOf) {
        return lifecycle.run(date(asOf));
    }

    private static LocalDate date(String asOf) {
        try {
            return asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be a date like 2029-12-31");
        }
    }
}
