package org.compactdpa.templates.negotiations;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.templates.templates.ClauseDiff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/negotiations")
@Tag(name = "Negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.VENDOR_STAFF, Roles.VENDOR_SIGNER})
public class NegotiationResource {

    private final NegotiationService negotiations;
    private final NegotiationAgreement agreement;
    private final NegotiationCommentService comments;

    public NegotiationResource(NegotiationService negotiations, NegotiationAgreement agreement,
            NegotiationCommentService comments) {
        this.negotiations = negotiations;
        this.agreement = agreement;
        this.comments = comments;
    }

    @POST
    @Operation(summary = "Open a negotiation on a published version for a vendor's products")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "403", description = "Neither the template's coordinators nor the vendor's staff or signers")
    @APIResponse(responseCode = "404", description = "No such template or version")
    @APIResponse(responseCode = "409", description = "The version is not published")
    @APIResponse(responseCode = "422", description = "The vendor is unknown or not verified, or a product is not the vendor's")
    public Uni<Response> open(@Valid @NotNull(message = "a JSON body is required") NewNegotiation input) {
        return negotiations.open(input)
                .map(n -> Response.created(URI.create("/api/negotiations/" + n.id())).entity(n).build());
    }

    @GET
    @Operation(summary = "The negotiations of the caller's consortium or vendor, newest first (status OPEN or AGREED to filter)")
    @APIResponse(responseCode = "200", description = "A page of negotiations")
    @APIResponse(responseCode = "403", description = "The caller acts for no consortium or vendor")
    public Uni<Page<NegotiationView>> list(@QueryParam("status") @Size(max = Limits.CODE) String status,
            @Valid @BeanParam PageRequest page) {
        return negotiations.mine(status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The negotiation with its proposals and comments (parties only)")
    @APIResponse(responseCode = "200", description = "The negotiation")
    public Uni<NegotiationDetails> get(@PathParam("id") UUID id) {
        return negotiations.get(id);
    }

    @POST
    @Path("/{id}/comments")
    @Operation(summary = "Comment in the negotiation, on a proposal or in reply to a comment")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "422", description = "Unknown proposal or comment replied to (or one of another negotiation)")
    public Uni<Response> comment(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") NewNegotiationComment input) {
        return comments.comment(id, input).map(c -> Response.status(201).entity(c).build());
    }

    @GET
    @Path("/{id}/redline")
    @Operation(summary = "The current terms (accepted changes) against the standard, clause by clause")
    @APIResponse(responseCode = "200", description = "The redline")
    public Uni<ClauseDiff> redline(@PathParam("id") UUID id) {
        return negotiations.redline(id);
    }

    @POST
    @Path("/{id}/agree")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Agree to the terms as they stand; when both sides have, the terms freeze")
    @APIResponse(responseCode = "200", description = "The negotiation (AGREED with termsId once both agreed)")
    @APIResponse(responseCode = "409", description = "Your side already agreed, proposals are open, or it has ended")
    public Uni<NegotiationView> agree(@PathParam("id") UUID id) {
        return agreement.agree(id);
    }
}
