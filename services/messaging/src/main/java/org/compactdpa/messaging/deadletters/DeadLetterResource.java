package org.compactdpa.messaging.deadletters;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The events this service could not handle and set aside on its dead-letter topic: an operator looks
 * at them, fixes the cause, and replays them. Their count is also in {@code GET /api/admin/outbox}.
 */
@Path("/api/admin/dead-letters")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "The dead letters not yet replayed, by partition and oldest first (never their payload)")
    @APIResponse(responseCode = "200", description = "A page of dead letters with their origin and failure")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may look")
    @APIResponse(responseCode = "503", description = "Kafka did not answer")
    public Uni<Page<DeadLetter>> list(@Valid @BeanParam PageRequest page) {
        return deadLetters.page(page);
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Send the dead letters not yet replayed back to their topics, each once")
    @APIResponse(responseCode = "200", description = "What was replayed and what is left")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Only platform administrators may replay")
    @APIResponse(responseCode = "409", description = "A replay is already under way in this instance")
    @APIResponse(responseCode = "503", description = "Kafka did not answer; what was replayed so far stays replayed")
    public Uni<ReplayReport> replay() {
        return deadLetters.replay();
    }
}
