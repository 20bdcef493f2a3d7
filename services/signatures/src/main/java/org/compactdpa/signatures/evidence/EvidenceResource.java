package org.compactdpa.signatures.evidence;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agreement's hash-chained evidence trail, and its check, for the parties. */
@Path("/api/agreements/{id}/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceService evidence;

    public EvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Every event of the agreement's life, append-only and hash-chained")
    @APIResponse(responseCode = "200", description = "The trail, oldest entry first")
    public Uni<EvidenceView> trail(@PathParam("id") UUID id) {
        return evidence.trail(id);
    }

    @GET
    @Path("/verify")
    @RolesAllowed("**")
    @Operation(summary = "Recompute the hash chain and name the first entry that does not hold")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, else its first broken entry")
    public Uni<EvidenceCheckView> verify(@PathParam("id") UUID id) {
        return evidence.check(id);
    }
}
