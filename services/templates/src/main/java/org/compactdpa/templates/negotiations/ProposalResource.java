package org.compactdpa.templates.negotiations;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/negotiations/{id}/proposals")
@Tag(name = "Negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
public class ProposalResource {

    private static final String DECIDED = "Already decided, or your own side's proposal";

    private final ProposalService proposals;

    public ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @POST
    @Operation(summary = "Propose a change to a clause: REPLACE, DELETE or ADD_EXHIBIT_H, with a rationale")
    @APIResponse(responseCode = "201", description = "The proposal")
    @APIResponse(responseCode = "409", description = "The negotiation ended, or the clause has an open proposal")
    @APIResponse(responseCode = "422", description = "Unknown clause, an addition outside Exhibit H, an Exhibit H key"
            + " already added, or a clause already deleted")
    public Uni<Response> propose(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") NewProposal input) {
        return proposals.propose(id, input).map(p -> Response.status(201).entity(p).build());
    }

    @POST
    @Path("/{pid}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept the other side's proposal")
    @APIResponse(responseCode = "200", description = "The proposal, ACCEPTED")
    @APIResponse(responseCode = "409", description = DECIDED)
    public Uni<ProposalView> accept(@PathParam("id") UUID id, @PathParam("pid") UUID proposalId) {
        return proposals.decide(id, proposalId, ProposalStatus.ACCEPTED);
    }

    @POST
    @Path("/{pid}/reject")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reject the other side's proposal")
    @APIResponse(responseCode = "200", description = "The proposal, REJECTED")
    @APIResponse(responseCode = "409", description = DECIDED)
    public Uni<ProposalView> reject(@PathParam("id") UUID id, @PathParam("pid") UUID proposalId) {
        return proposals.decide(id, proposalId, ProposalStatus.REJECTED);
    }

    @POST
    @Path("/{pid}/counter")
    @Operation(summary = "Counter the other side's proposal with other text for the same clause")
    @APIResponse(responseCode = "201", description = "The counter-proposal")
    @APIResponse(responseCode = "409", description = DECIDED)
    @APIResponse(responseCode = "422", description = "A deletion cannot be countered")
    public Uni<Response> counter(@PathParam("id") UUID id, @PathParam("pid") UUID proposalId,
            @Valid @NotNull(message = "a JSON body is required") CounterProposal input) {
        return proposals.counter(id, proposalId, input).map(p -> Response.status(201).entity(p).build());
    }
}
