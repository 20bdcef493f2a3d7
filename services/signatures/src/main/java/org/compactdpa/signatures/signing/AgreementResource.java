package org.compactdpa.signatures.signing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.signatures.agreements.AgreementView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agreements and their signing ceremony, from preparation to termination. */
@Path("/api/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService agreements;
    private final SigningService signing;
    private final TerminationService termination;

    public AgreementResource(AgreementService agreements, SigningService signing, TerminationService termination) {
        this.agreements = agreements;
        this.signing = signing;
        this.termination = termination;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_SIGNER})
    @Operation(summary = "Prepare an agreement from frozen terms for an originating district and products")
    @APIResponse(responseCode = "201", description = "Awaiting the vendor's signature")
    @APIResponse(responseCode = "403", description = "Another consortium's terms or another district")
    @APIResponse(responseCode = "422", description = "Unknown terms, district or products; unverified vendor; offer not allowed")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") NewAgreement input,
            @Context HttpServerRequest http) {
        return agreements.create(input, RequestOrigin.of(http))
                .map(v -> Response.created(URI.create("/api/agreements/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One agreement, for its parties")
    @APIResponse(responseCode = "200", description = "The agreement")
    public Uni<AgreementView> get(@PathParam("id") UUID id) {
        return agreements.find(id);
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed("**")
    @Operation(summary = "Exactly the text to be signed, and its SHA-256; each view is recorded as evidence")
    @APIResponse(responseCode = "200", description = "The document")
    public Uni<DocumentView> document(@PathParam("id") UUID id, @Context HttpServerRequest http) {
        return agreements.document(id, RequestOrigin.of(http));
    }

    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @Operation(summary = "Sign: the vendor's signer first, then the originating district's")
    @APIResponse(responseCode = "200", description = "The agreement after the signature")
    @APIResponse(responseCode = "409", description = "Out of order, already signed, or a stale document hash")
    @APIResponse(responseCode = "422", description = "No explicit intent or no consent to electronic records")
    public Uni<AgreementView> sign(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SignatureRequest request,
            @Context HttpServerRequest http) {
        return signing.sign(id, request, RequestOrigin.of(http));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @Operation(summary = "Decline to sign, with a reason")
    @APIResponse(responseCode = "200", description = "The declined agreement")
    @APIResponse(responseCode = "409", description = "Not this party's turn, or nothing left to sign")
    public Uni<AgreementView> decline(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") Reason reason,
            @Context HttpServerRequest http) {
        return signing.decline(id, reason.reason(), RequestOrigin.of(http));
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @Operation(summary = "Terminate an executed agreement, with a reason")
    @APIResponse(responseCode = "200", description = "The terminated agreement")
    @APIResponse(responseCode = "409", description = "Not executed")
    public Uni<AgreementView> terminate(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") Reason reason,
            @Context HttpServerRequest http) {
        return termination.terminate(id, reason.reason(), RequestOrigin.of(http));
    }
}
