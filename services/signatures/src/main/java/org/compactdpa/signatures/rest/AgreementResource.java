package org.compactdpa.signatures.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.signatures.rest.api.AgreementView;
import org.compactdpa.signatures.rest.api.DocumentView;
import org.compactdpa.signatures.rest.api.NewAgreement;
import org.compactdpa.signatures.rest.api.Reason;
import org.compactdpa.signatures.rest.api.SignatureRequest;
import org.compactdpa.signatures.service.AgreementService;
import org.compactdpa.signatures.service.AgreementViews;
import org.compactdpa.signatures.service.LifecycleService;
import org.compactdpa.signatures.service.SigningService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agreements and their signing ceremony. Views are assembled in the same session as the work (@WithSession). */
@Path("/api/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService agreements;
    private final SigningService signing;
    private final LifecycleService lifecycle;
    private final AgreementViews views;

    public AgreementResource(AgreementService agreements, SigningService signing, LifecycleService lifecycle,
            AgreementViews views) {
        this.agreements = agreements;
        this.signing = signing;
        this.lifecycle = lifecycle;
        this.views = views;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.DISTRICT_SIGNER})
    @WithSession
    @Operation(summary = "Prepare an agreement from frozen terms for an originating district and products")
    @APIResponse(responseCode = "201", description = "Awaiting the vendor's signature")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Another consortium's terms or another district")
    @APIResponse(responseCode = "422", description = "Unknown terms, district or products; unverified vendor; offer not allowed")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") NewAgreement input,
            @Context HttpServerRequest http) {
        return agreements.create(input, origin(http)).flatMap(views::of)
                .map(v -> Response.created(URI.create("/api/agreements/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("**")
    @WithSession
    @Operation(summary = "One agreement, for its parties")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "403", description = "Not a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Uni<AgreementView> get(@PathParam("id") UUID id) {
        return agreements.find(id).flatMap(views::of);
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed("**")
    @WithSession
    @Operation(summary = "Exactly the text to be signed, and its SHA-256; each view is recorded as evidence")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "403", description = "Not a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Uni<DocumentView> document(@PathParam("id") UUID id, @Context HttpServerRequest http) {
        return agreements.view(id, origin(http)).map(a -> new DocumentView(a.id, a.document, a.documentHash));
    }

    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @WithSession
    @Operation(summary = "Sign: the vendor's signer first, then the originating district's")
    @APIResponse(responseCode = "200", description = "The agreement after the signature")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a signer of a party to this agreement")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Out of order, already signed, or a stale document hash")
    @APIResponse(responseCode = "422", description = "No explicit intent or no consent to electronic records")
    public Uni<AgreementView> sign(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SignatureRequest request,
            @Context HttpServerRequest http) {
        return signing.sign(id, request, origin(http)).flatMap(views::of);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @WithSession
    @Operation(summary = "Decline to sign, with a reason")
    @APIResponse(responseCode = "200", description = "The declined agreement")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not a signer of a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Not this party's turn, or nothing left to sign")
    public Uni<AgreementView> decline(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") Reason reason,
            @Context HttpServerRequest http) {
        return signing.decline(id, reason.reason(), origin(http)).flatMap(views::of);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.DISTRICT_SIGNER})
    @WithSession
    @Operation(summary = "Terminate an executed agreement, with a reason")
    @APIResponse(responseCode = "200", description = "The terminated agreement")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not a party")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Not executed")
    public Uni<AgreementView> terminate(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") Reason reason,
            @Context HttpServerRequest http) {
        return lifecycle.terminate(id, reason.reason(), origin(http)).flatMap(views::of);
    }

    /**
     * Where a request came from, for the signature and the evidence trail: the peer address as the
     * HTTP layer resolved it. Forwarded headers count only when proxy address forwarding is configured
     * (quarkus.http.proxy.*, trusted proxies only); otherwise anyone could write their own address.
     */
    static SigningService.Origin origin(HttpServerRequest http) {
        String ip = http.remoteAddress() == null ? null : http.remoteAddress().host();
        return new SigningService.Origin(ip, http.getHeader(HttpHeaders.USER_AGENT));
    }
}
