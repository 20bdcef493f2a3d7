package org.compactdpa.signatures.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.compactdpa.signatures.domain.EvidenceEntry;
import org.compactdpa.signatures.rest.api.EvidenceCheckView;
import org.compactdpa.signatures.rest.api.EvidenceView;
import org.compactdpa.signatures.service.EvidenceService;
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
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Uni<EvidenceView> trail(@PathParam("id") UUID id) {
        return evidence.trail(id).map(entries -> view(id, entries));
    }

    @GET
    @Path("/verify")
    @RolesAllowed("**")
    @Operation(summary = "Recompute the hash chain and name the first entry that does not hold")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, else its first broken entry")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Uni<EvidenceCheckView> verify(@PathParam("id") UUID id) {
        return evidence.check(id).map(c -> new EvidenceCheckView(id, c.intact(), c.entries(), c.head(),
                c.firstBrokenSeq(), c.problem()));
    }

    static EvidenceView view(UUID id, List<EvidenceEntry> entries) {
        List<EvidenceView.Entry> trail = entries.stream().map(e -> new EvidenceView.Entry(e.key.seq(), e.type,
                e.occurredAt, new EvidenceView.Actor(e.actorSubject, e.actorName, e.actorRole, e.actorOrgId), e.ip,
                e.userAgent, e.documentHash, e.details, e.previousHash, e.entryHash)).toList();
        return new EvidenceView(id, trail.size(), trail.isEmpty() ? null : trail.get(trail.size() - 1).hash(), trail);
    }
}
