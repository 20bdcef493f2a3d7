package org.compactdpa.signatures.offers;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.compactdpa.contracts.vocabulary.Roles;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.validation.Limits;
import org.compactdpa.signatures.agreements.AgreementView;
import org.compactdpa.signatures.signing.DocumentView;
import org.compactdpa.signatures.signing.RequestOrigin;
import org.compactdpa.signatures.signing.SignatureRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** General offers open for adoption, and adoption with one signature. */
@Path("/api/offers")
@Tag(name = "Offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService offers;
    private final AdoptionService adoptions;

    public OfferResource(OfferService offers, AdoptionService adoptions) {
        this.offers = offers;
        this.adoptions = adoptions;
    }

    @GET
    @PermitAll
    @Operation(summary = "Active general offers: executed, in force, with Exhibit E, not withdrawn")
    @APIResponse(responseCode = "200", description = "A page of offers")
    public Uni<Page<AgreementView>> list(@QueryParam("state") @Size(max = Limits.CODE) String state, @QueryParam("vendorId") UUID vendorId,
            @QueryParam("productId") UUID productId, @Valid @BeanParam PageRequest page) {
        return offers.open(state, vendorId, productId, page);
    }

    @GET
    @Path("/{agreementId}/exhibit-e")
    @RolesAllowed(Roles.DISTRICT_SIGNER)
    @Operation(summary = "Exhibit E as the caller's district would sign it, with its SHA-256; districtId previews it"
            + " for another district (an adoption always signs as the caller's own)")
    @APIResponse(responseCode = "200", description = "The exhibit")
    @APIResponse(responseCode = "403", description = "No districtId and the caller acts for no district")
    @APIResponse(responseCode = "422", description = "The district is not known here")
    public Uni<DocumentView> exhibit(@PathParam("agreementId") UUID offerId,
            @QueryParam("districtId") UUID districtId) {
        return offers.exhibitFor(offerId, districtId);
    }

    @POST
    @Path("/{agreementId}/adoptions")
    @RolesAllowed(Roles.DISTRICT_SIGNER)
    @Operation(summary = "Adopt the offer by signing Exhibit E alone; asking again answers the same adoption")
    @APIResponse(responseCode = "201", description = "The executed adoption")
    @APIResponse(responseCode = "200", description = "The district already holds this offer: its adoption")
    @APIResponse(responseCode = "409", description = "Expired, withdrawn, terminated, your own agreement, or a stale hash")
    @APIResponse(responseCode = "422", description = "Out of scope (state or consortium), no offer, or modified terms")
    public Uni<Response> adopt(@PathParam("agreementId") UUID offerId,
            @Valid @NotNull(message = "a JSON body is required") SignatureRequest request,
            @Context HttpServerRequest http) {
        return adoptions.adopt(offerId, request, RequestOrigin.of(http))
                .map(adoption -> adoption.created()
                        ? Response.created(URI.create("/api/agreements/" + adoption.agreement().id()))
                                .entity(adoption.agreement()).build()
                        : Response.ok(adoption.agreement()).build());
    }

    @POST
    @Path("/{agreementId}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.VENDOR_SIGNER, Roles.VENDOR_STAFF})
    @Operation(summary = "Withdraw the general offer for future adoptions (existing ones stay)")
    @APIResponse(responseCode = "200", description = "The agreement, offer withdrawn")
    @APIResponse(responseCode = "403", description = "Not the vendor")
    @APIResponse(responseCode = "409", description = "No open offer to withdraw: none carried, not executed, expired,"
            + " or already withdrawn")
    public Uni<AgreementView> withdraw(@PathParam("agreementId") UUID offerId, @Context HttpServerRequest http) {
        return offers.withdraw(offerId, RequestOrigin.of(http));
    }
}
